import { expectedUnits } from '../core/categories.js';
import type { Plan, Quota } from '../core/plan.js';
import type { Unit } from '../core/types.js';

type JsonSchema = Record<string, unknown>;

const clone = (schema: object): JsonSchema => structuredClone(schema) as JsonSchema;

// Walks properties/items by key; the base schemas are ours, so every path used below exists.
function node(schema: JsonSchema, ...path: string[]): JsonSchema {
  return path.reduce<JsonSchema>((current, key) => current[key] as JsonSchema, schema);
}

/** An enum whose values carry their names, which editors show next to each choice. */
const choices = (values: readonly { id: string; name: string }[]) => ({
  oneOf: values.map(({ id, name }) => ({ const: id, title: name })),
});

function quotaBounds(quota: Quota): JsonSchema {
  if (quota.mode === 'dung') return { minItems: quota.count, maxItems: quota.count };
  return quota.mode === 'toi-thieu' ? { minItems: quota.count } : { maxItems: quota.count };
}

function narrowCommon(schema: JsonSchema, plan: Plan, units: readonly Unit[], kindTitle: string): void {
  schema.$id = `${String(schema.$id).replace('.schema.json', '')}.${plan.id}.schema.json`;
  schema.title = `${kindTitle} — ${plan.title}`;
  const properties = node(schema, 'properties');
  Object.assign(node(properties, 'ke_hoach'), { const: plan.id });
  Object.assign(node(properties, 'nam'), { minimum: plan.firstYear, maximum: plan.lastYear });
  const expected = expectedUnits(units, plan);
  if (expected.length > 0) {
    const unitCode = node(properties, 'ma_don_vi');
    delete unitCode.pattern;
    const current = expected.map(({ unit }) => ({ id: unit.code, name: unit.name }));
    // A unit still sending under an absorbed unit's code is accepted (and attributed), so those codes are choices too.
    const former = expected.flatMap(({ unit }) =>
      unit.formerUnits.map((f) => ({ id: f.code, name: `${f.name} (mã cũ, tính cho ${unit.code} ${unit.name})` })),
    );
    Object.assign(unitCode, choices([...current, ...former]));
  }
}

/**
 * Registration and report schemas narrowed by a plan: its id, years, unit codes (named), fields of work, content
 * groups, report periods, and per category the list limits its quotas set. For editors
 * (`# yaml-language-server: $schema=…`); danvan itself checks the same rules with located messages.
 */
export function narrowSchemasForPlan(
  base: { registration: object; report: object },
  plan: Plan,
  units: readonly Unit[],
): { registration: JsonSchema; report: JsonSchema } {
  const registration = clone(base.registration);
  narrowCommon(registration, plan, units, 'Bản đăng ký');
  if (plan.fields.length > 0) {
    for (const list of ['tap_the', 'ca_nhan']) {
      Object.assign(node(registration, 'properties', list, 'items', 'properties', 'linh_vuc'), choices(plan.fields));
    }
  }
  const expected = expectedUnits(units, plan);
  registration.allOf = plan.categories.flatMap((category) => {
    const codes = expected.filter((e) => e.category.id === category.id).map((e) => e.unit.code);
    const limits: JsonSchema = {};
    if (category.quotas['tap-the']) limits.tap_the = quotaBounds(category.quotas['tap-the']);
    if (category.quotas['ca-nhan']) limits.ca_nhan = quotaBounds(category.quotas['ca-nhan']);
    if (codes.length === 0 || Object.keys(limits).length === 0) return [];
    return [
      {
        description: `Chỉ tiêu của nhóm "${category.name}"`,
        if: { properties: { ma_don_vi: { enum: codes } }, required: ['ma_don_vi'] },
        then: { properties: limits },
      },
    ];
  });

  const report = clone(base.report);
  narrowCommon(report, plan, units, 'Báo cáo');
  if (plan.reportPeriods.length > 0)
    Object.assign(node(report, 'properties', 'ky_bao_cao'), { enum: plan.reportPeriods });
  if (plan.contentGroups.length > 0) {
    const group = node(report, 'properties', 'ket_qua_noi_dung', 'items', 'properties', 'nhom');
    delete group.pattern;
    Object.assign(group, choices(plan.contentGroups));
  }
  return { registration, report };
}
