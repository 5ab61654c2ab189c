import type { Quoted } from '../messages/define.js';
import { formatDate } from './dates.js';
import type { Plan, PlanRuleKey } from './plan.js';

/** One rule of a plan with the sentence of the source document it comes from, or marked as an assumption. */
export interface PlanRuleSource {
  /** What the rule is about: a plan key ("linh_vuc") or a list entry ("han_nop/bao-cao-nam"). */
  key: string;
  /** The rule as the plan sets it, in short. */
  value: string;
  source?: string;
  /** The document does not state it: marked `gia_dinh`, or no sentence given. */
  assumed: boolean;
}

/**
 * What a message applying a plan rule says about where the rule comes from: the plan's sentence (`source`) when it
 * quotes one, and `assumed` when the rule is marked `gia_dinh` or has no sentence (the reading of the officer or of
 * danvan, not the document's). Spread into a finding's params; the messages render it with `quoted` (issue 13), whose
 * params type it is.
 */
export type RuleQuote = Quoted;

/** The quote for a rule with its own `nguon` (a quota, a deadline, the dossier) and its `gia_dinh` flag. */
export const quoteRule = (source: string | undefined, flagged = false): RuleQuote => ({
  ...(source ? { source } : {}),
  ...(flagged || !source ? { assumed: true as const } : {}),
});

/** The quote for a plan-wide rule: its sentence under the plan's `nguon`, assumed when listed in `gia_dinh`. */
export const quotePlanRule = (plan: Pick<Plan, 'ruleSources' | 'assumedRules'>, key: PlanRuleKey): RuleQuote =>
  quoteRule(plan.ruleSources?.[key], plan.assumedRules?.includes(key));

const names = (list: readonly { name: string }[]) => list.map((x) => x.name).join('; ');

/**
 * The report periods of `ky_bao_cao` that no deadline of the plan covers (seed 002 requires "báo cáo 06 tháng và báo
 * cáo năm" without a date): status and validate hold them to the period's last day, an assumption.
 */
export const undatedReportPeriods = (plan: Pick<Plan, 'reportPeriods' | 'deadlines'>): Plan['reportPeriods'] =>
  plan.reportPeriods.filter(
    (period) =>
      !plan.deadlines.some(
        (d) => d.appliesTo.includes('bao-cao') && (d.reportPeriod === undefined || d.reportPeriod === period),
      ),
  );

/**
 * Every rule of a plan, each with its source sentence (`nguon`) or marked as an assumption: plan-wide rules (receiver,
 * years, legal bases, cadence, fields, content groups, award types, rubric, vote threshold, yearly review, merged
 * units), then unit groups, quotas, deadlines and the dossier. A rule without a sentence counts as an assumption too:
 * what a plan file says without a source is the officer's (or danvan's) reading, not the document's.
 */
export function planRuleSources(plan: Plan): PlanRuleSource[] {
  const listed = (key: string, value: string, quote: RuleQuote): PlanRuleSource => ({
    key,
    value,
    ...(quote.source ? { source: quote.source } : {}),
    assumed: quote.assumed === true,
  });
  const rule = (key: PlanRuleKey, value: string | undefined): PlanRuleSource[] =>
    value === undefined || value === '' ? [] : [listed(key, value, quotePlanRule(plan, key))];
  const entry = (key: string, value: string, source: string | undefined, flagged = false): PlanRuleSource =>
    listed(key, value, quoteRule(source, flagged));
  const quotaText = (mode: string, count: number) =>
    `${mode === 'toi-thieu' ? 'ít nhất' : mode === 'toi-da' ? 'tối đa' : 'đúng'} ${count}`;
  return [
    ...rule('co_quan_tiep_nhan', plan.receiver),
    ...rule('noi_nhan_bao_cao', plan.reportAddressees?.join('; ')),
    ...rule('nam', plan.firstYear === plan.lastYear ? `${plan.firstYear}` : `${plan.firstYear}–${plan.lastYear}`),
    ...rule('can_cu', plan.legalBases.join('; ')),
    ...rule('ky_bao_cao', plan.reportPeriods.join(', ')),
    ...rule('linh_vuc', names(plan.fields)),
    ...rule('nhom_noi_dung', names(plan.contentGroups)),
    ...rule('hinh_thuc_khen_thuong', names(plan.awardTypes)),
    ...rule('bo_tieu_chi', plan.rubricId),
    ...rule('bieu_quyet', plan.vote ? `${plan.vote.threshold}% (${plan.vote.base})` : undefined),
    ...rule('ra_soat_mo_hinh', plan.modelReview ? 'hằng năm' : undefined),
    ...rule('don_vi_hop_nhat', plan.mergedUnits ? names(plan.mergedUnits) : undefined),
    ...plan.categories.flatMap((category) => [
      entry(`nhom_don_vi/${category.id}`, category.name, category.source),
      ...Object.entries(category.quotas).map(([subject, quota]) =>
        entry(`nhom_don_vi/${category.id}/${subject}`, quotaText(quota.mode, quota.count), quota.source, quota.assumed),
      ),
    ]),
    ...plan.deadlines.map((d) =>
      entry(
        `han_nop/${d.id}`,
        `${d.inclusive ? 'chậm nhất là ngày' : 'trước ngày'} ${formatDate(d.date)}${d.recursYearly ? ' hằng năm' : ''}`,
        d.source,
        d.assumed,
      ),
    ),
    // Deadlines status and validate assume for reports the plan requires without a date: listed with the assumptions.
    ...undatedReportPeriods(plan).map((period) =>
      entry(
        `han_nop/bao-cao-${period}`,
        period === '6-thang' ? 'ngày cuối kỳ: 30/6 hằng năm' : 'ngày cuối kỳ: 31/12 hằng năm',
        undefined,
        true,
      ),
    ),
    ...(plan.dossier
      ? [entry('ho_so', `${plan.dossier.sets} bộ: ${plan.dossier.parts.join(', ')}`, plan.dossier.source)]
      : []),
  ];
}
