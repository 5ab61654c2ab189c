import { childPointer } from '../diagnostics/pointer.js';
import type { Finding } from '../messages/catalog.js';
import { resolveUnit } from './attribution.js';
import { categoryOf } from './categories.js';
import { deliveredOn } from './deadlines.js';
import type { Plan, Quota, Subject } from './plan.js';
import type { SubmissionHeader, Unit } from './types.js';
import type { UnitIndex } from './units.js';

const LIST_KEY: Record<Subject, string> = { 'tap-the': 'tap_the', 'ca-nhan': 'ca_nhan' };

/**
 * When a unit sent several registrations for one year, the latest delivered one counts (ties: the later file name),
 * the same choice the merge makes; validate already warns about the duplicates.
 */
export function effectiveRegistrations(
  registrations: readonly SubmissionHeader[],
  index: UnitIndex,
): Map<string, SubmissionHeader> {
  const chosen = new Map<string, SubmissionHeader>();
  for (const registration of registrations) {
    const unit = resolveUnit(registration.unitCode, index)?.unit;
    if (!unit || registration.year === undefined) continue;
    const key = `${unit.code}\u0000${registration.year}`;
    const previous = chosen.get(key);
    if (!previous || isLater(registration, previous)) chosen.set(key, registration);
  }
  return chosen;
}

const isLater = (a: SubmissionHeader, b: SubmissionHeader): boolean => {
  const [da, db] = [deliveredOn(a) ?? '', deliveredOn(b) ?? ''];
  return da !== db ? da > db : a.file > b.file;
};

export function meetsQuota(quota: Pick<Quota, 'count' | 'mode'>, count: number): boolean {
  if (quota.mode === 'dung') return count === quota.count;
  return quota.mode === 'toi-thieu' ? count >= quota.count : count <= quota.count;
}

export function checkQuotas(plan: Plan, index: UnitIndex, registrations: readonly SubmissionHeader[]): Finding[] {
  const byUnit = new Map<string, { unit: Unit; years: SubmissionHeader[] }>();
  for (const registration of effectiveRegistrations(registrations, index).values()) {
    const unit = resolveUnit(registration.unitCode, index)?.unit as Unit;
    const entry = byUnit.get(unit.code) ?? { unit, years: [] };
    entry.years.push(registration);
    byUnit.set(unit.code, entry);
  }
  const findings: Finding[] = [];
  for (const { unit, years } of byUnit.values()) {
    const category = categoryOf(unit, plan);
    if (!category) continue;
    for (const subject of ['tap-the', 'ca-nhan'] as const) {
      const quota = category.quotas[subject];
      if (!quota) continue;
      const groups = quota.perYear ? years.map((r) => [r]) : [years];
      for (const group of groups) {
        const count = group.reduce((n, r) => n + (subject === 'tap-the' ? r.modelCount : r.personCount), 0);
        const latest = group.reduce((a, b) => (isLater(a, b) ? a : b));
        const finding = quotaFinding(quota, count, subject, category.name, latest);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

function quotaFinding(
  quota: Quota,
  count: number,
  subject: Subject,
  category: string,
  at: SubmissionHeader,
): Finding | undefined {
  if (meetsQuota(quota, count)) return undefined;
  const ruleId =
    quota.mode === 'toi-da' || (quota.mode === 'dung' && count > quota.count) ? 'quota/over' : 'quota/under';
  return {
    ruleId,
    params: {
      subject,
      count,
      quota: quota.count,
      mode: quota.mode,
      category,
      source: quota.source ?? '',
      ...(quota.assumed ? { assumed: true } : {}),
      year: at.year ?? 0,
    },
    at: { file: at.file, pointer: childPointer('', LIST_KEY[subject]) },
    onKey: true,
    severity: quota.severity,
    related: [quota.ref],
  };
}
