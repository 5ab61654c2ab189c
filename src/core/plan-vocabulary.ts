import type { Finding } from '../messages/catalog.js';
import { closestMatch } from './similarity.js';
import type { Plan, PlanRuleKey } from './plan.js';
import { quotePlanRule } from './plan-sources.js';
import type { SubmissionHeader, VocabularyUse } from './types.js';

const RULE_OF: Record<VocabularyUse['vocabulary'], PlanRuleKey> = {
  'linh-vuc': 'linh_vuc',
  'nhom-noi-dung': 'nhom_noi_dung',
  'hinh-thuc-khen-thuong': 'hinh_thuc_khen_thuong',
};

/**
 * Years, fields of work, content groups, award types and report periods must be the plan's own (when it lists any).
 * Each finding quotes the plan's sentence for that list, or says the list is an assumption (issue 13).
 */
export function checkPlanVocabulary(plan: Plan, submission: SubmissionHeader): Finding[] {
  const allowed: Record<VocabularyUse['vocabulary'], string[]> = {
    'linh-vuc': plan.fields.map((f) => f.id),
    'nhom-noi-dung': plan.contentGroups.map((g) => g.id),
    'hinh-thuc-khen-thuong': plan.awardTypes.map((a) => a.id),
  };
  const findings: Finding[] = submission.vocabulary.flatMap((use): Finding[] => {
    const ids = allowed[use.vocabulary];
    if (ids.length === 0 || ids.includes(use.value)) return [];
    return [
      {
        ruleId: 'plan/unknown-value',
        params: {
          vocabulary: use.vocabulary,
          value: use.value,
          allowed: ids.join(', '),
          suggestion: closestMatch(use.value, ids),
          ...quotePlanRule(plan, RULE_OF[use.vocabulary]),
        },
        at: { file: submission.file, pointer: use.pointer },
      },
    ];
  });
  const year = submission.year;
  if (year !== undefined && (year < plan.firstYear || year > plan.lastYear)) {
    findings.push({
      ruleId: 'plan/year-out-of-range',
      params: { year, first: plan.firstYear, last: plan.lastYear, ...quotePlanRule(plan, 'nam') },
      at: { file: submission.file, pointer: '/nam' },
    });
  }
  const period = submission.reportPeriod;
  if (period !== undefined && plan.reportPeriods.length > 0 && !plan.reportPeriods.includes(period)) {
    findings.push({
      ruleId: 'plan/unexpected-report-period',
      params: { period, allowed: plan.reportPeriods.join(', '), ...quotePlanRule(plan, 'ky_bao_cao') },
      at: { file: submission.file, pointer: '/ky_bao_cao' },
    });
  }
  return findings;
}
