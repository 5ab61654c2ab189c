import { dirname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { categoryOf } from '../core/categories.js';
import type { IsoDate } from '../core/dates.js';
import type { Kind } from '../core/kinds.js';
import { formatDate } from '../core/dates.js';
import { lastOnTimeDay } from '../core/deadlines.js';
import { placeholderText } from '../core/placeholders.js';
import type { Plan, Quota, UnitCategory } from '../core/plan.js';
import { findUnitType, padUnitCode, unitTypeChoices } from '../core/unit-types.js';
import type { UnitTypeChoice } from '../core/unit-types.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { readSchemaText } from '../io/load-schemas.js';
import { outputPathIn, safeFileStem } from '../io/output-path.js';
import { resolvePlanPath } from '../io/presets.js';
import { readTextFile } from '../io/read-file.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { loadPlanFile } from './load-plan.js';

export interface InitAnswers {
  dir: string;
  unitCode: string;
  unitName: string;
  /** A `loai_don_vi` of the plan (or a category id with one type); may be '' only when the plan offers no type. */
  unitType: string;
  contactName?: string;
  phone?: string;
}

/** The plan init copies, read and checked, with the unit types it offers. */
export interface InitPlan {
  path: string;
  plan: Plan;
  choices: UnitTypeChoice[];
}

export interface InitResult {
  written: string[];
  /** The code as written: padded to the plan's `do_dai_ma_don_vi` ("13" → "013"). */
  unitCode: string;
  unitType: string;
  /** The category that sets the unit's quota, when the plan has one for it. */
  category?: UnitCategory;
}

/** Where init keeps its copies of the schemas: hidden, so validate's directory walk passes it by. */
export const INIT_SCHEMAS_FOLDER = join('.vscode', 'schemas');

/** `--plan`: a file or preset id, read and checked like any plan; one that does not load is a usage error. */
export async function loadInitPlan(plan: string, cwd: string): Promise<InitPlan> {
  const path = await resolvePlanPath(plan, cwd);
  const loaded = (await loadPlanFile(path, cwd)).plan;
  if (!loaded) throw new UsageError('no-plan', 'init');
  return { path, plan: loaded, choices: unitTypeChoices(loaded) };
}

/** The usage error naming every unit type the plan offers, with its category's quota, for a missing or wrong one. */
export function unitTypeError(init: InitPlan, given: string | undefined): UsageError {
  const choices = init.choices.map(({ type, category }) => ({
    type,
    category: category.name,
    quotas: Object.fromEntries(
      Object.entries(category.quotas).map(([subject, quota]) => [subject, { mode: quota.mode, count: quota.count }]),
    ),
  }));
  return new UsageError('unit-type', JSON.stringify({ plan: init.plan.id, given, choices }));
}

// Enough entries to meet the category's quota, so the example registration passes the quota rules as it stands.
const sampleCount = (quota: Quota | undefined): number =>
  quota === undefined ? 1 : quota.mode === 'toi-da' ? Math.min(1, quota.count) : Math.max(quota.count, 0);

/** The year and sent date of the example: inside the plan's years and on time for the registration deadline. */
function exampleDates(plan: Plan, today: IsoDate): { year: number; sentOn: IsoDate } {
  const year = Math.min(plan.lastYear, Math.max(plan.firstYear, Number(today.slice(0, 4))));
  const deadline = plan.deadlines.find((d) => d.appliesTo.includes('dang-ky'));
  const latest = deadline ? lastOnTimeDay(deadline, year) : (`${year}-12-31` as IsoDate);
  return { year, sentOn: today <= latest ? today : latest };
}

/**
 * Creates the working folder: the plan, a one-unit registry, one example registration whose sample rows carry the
 * placeholder mark (validate warns until they are replaced), and the schemas they name by relative path.
 * Throws UsageError for a unit type the plan does not offer; never overwrites without `force`.
 */
export async function initFolder(
  answers: InitAnswers,
  init: InitPlan,
  cwd: string,
  today: IsoDate,
  force: boolean,
): Promise<InitResult> {
  const { plan } = init;
  const choice = findUnitType(init.choices, answers.unitType);
  if (!choice && init.choices.length > 0) throw unitTypeError(init, answers.unitType);
  const unitType = choice?.type ?? (answers.unitType.trim() || 'don-vi');
  const unitCode = padUnitCode(answers.unitCode, plan.unitCodeDigits);
  // A plan without unit types places units by code or code prefix, if at all.
  const unit = {
    code: unitCode,
    name: answers.unitName,
    type: unitType,
    formerUnits: [],
    ref: { file: '', pointer: '' },
  };
  const category = choice?.category ?? categoryOf(unit, plan);
  const dir = resolve(cwd, answers.dir);
  const registry = {
    loai: 'danh-muc-don-vi',
    phien_ban: 1,
    ke_hoach: plan.id,
    don_vi: [{ ma: unitCode, ten: answers.unitName, loai_don_vi: unitType }],
  };
  const registration = exampleRegistration(plan, answers, unitCode, category, today);
  const documents: [Kind, string, string][] = [
    ['ke-hoach', join(dir, 'ke-hoach.yaml'), await readTextFile(init.path)],
    ['danh-muc-don-vi', join(dir, 'danh-muc-don-vi.yaml'), stringify(registry)],
    ['dang-ky', outputPathIn(join(dir, 'dang-ky'), `${safeFileStem(unitCode)}.yaml`), stringify(registration)],
  ];
  const files: [string, string][] = [
    ...documents.map(([kind, path, text]): [string, string] => [path, withSchemaLine(text, kind, path, dir)]),
    ...documents.map(([kind]): [string, string] => [schemaCopyPath(dir, kind), readSchemaText(kind)]),
  ];
  for (const [path, text] of files) await writeOutputAtomic(path, text, force);
  return { written: files.map(([path]) => path), unitCode, unitType, ...(category ? { category } : {}) };
}

const schemaCopyPath = (dir: string, kind: string): string => join(dir, INIT_SCHEMAS_FOLDER, `${kind}.schema.json`);

// Editors (yaml-language-server) resolve a relative $schema from the file itself: the path keeps working wherever the
// folder is copied, where an absolute path into this installation breaks on the unit's computer.
function withSchemaLine(text: string, kind: string, file: string, dir: string): string {
  const target = relative(dirname(file), schemaCopyPath(dir, kind)).split(sep).join('/');
  return `# yaml-language-server: $schema=${target}\n${text.replace(/^# yaml-language-server: \$schema=.*\n/, '')}`;
}

function exampleRegistration(
  plan: Plan,
  answers: InitAnswers,
  unitCode: string,
  category: UnitCategory | undefined,
  today: IsoDate,
): Record<string, unknown> {
  const { year, sentOn } = exampleDates(plan, today);
  const models = Array.from({ length: sampleCount(category?.quotas['tap-the']) }, (_, i) => ({
    ma: `MH${String(i + 1).padStart(2, '0')}`,
    ten_mo_hinh: placeholderText(`Tên mô hình ${i + 1}`),
    linh_vuc: plan.fields[0]?.id ?? 'kinh-te',
  }));
  const people = Array.from({ length: sampleCount(category?.quotas['ca-nhan']) }, (_, i) => ({
    ho_ten: placeholderText(`Họ và tên cá nhân ${i + 1}`),
    chuc_vu: placeholderText('Chức vụ'),
  }));
  return {
    loai: 'dang-ky',
    phien_ban: 1,
    ke_hoach: plan.id,
    ma_don_vi: unitCode,
    ten_don_vi: answers.unitName,
    nam: year,
    ngay_gui: formatDate(sentOn),
    ...(answers.contactName
      ? { lien_he: { ho_ten: answers.contactName, ...(answers.phone ? { dien_thoai: answers.phone } : {}) } }
      : {}),
    tap_the: models,
    ...(people.length > 0 ? { ca_nhan: people } : {}),
  };
}
