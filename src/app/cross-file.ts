import { noticeFormerCodes } from '../core/attribution.js';
import type { IsoDate } from '../core/dates.js';
import { checkDeadlines } from '../core/deadlines.js';
import { checkContentGroups } from '../core/periodic-reports.js';
import { checkDuplicateItems } from '../core/duplicate-items.js';
import { checkModelReview } from '../core/model-review.js';
import { checkDuplicateSubmissions } from '../core/duplicate-submissions.js';
import type { Plan } from '../core/plan.js';
import { checkPlan } from '../core/plan-rules.js';
import { quotePlanRule } from '../core/plan-sources.js';
import { checkPlanVocabulary } from '../core/plan-vocabulary.js';
import { checkQuotas } from '../core/quotas.js';
import { checkRubric, checkScoreSheet } from '../core/scoring.js';
import { checkMeeting } from '../core/votes.js';
import { checkRegistries, checkSubmissionUnits, indexUnits } from '../core/units.js';
import type { Finding, RuleId } from '../messages/catalog.js';
import type { CheckedFile } from './check-file.js';

export interface CrossFileOptions {
  today: IsoDate;
  /** Rules the caller settles itself: validate's findings of these are dropped, moreFindings' kept. */
  skipRules?: readonly RuleId[];
  /** More cross-file rules (merge's), run after these with the chosen plan. */
  moreFindings?: (checked: readonly CheckedFile[], plan: Plan | undefined) => Finding[];
  /** Ids of the rubrics danvan ships, named when a score sheet's rubric is not found. */
  shippedRubrics?: readonly string[];
  /** The plan named with --plan (its display path); otherwise the one plan among the inputs. */
  planFile?: string;
}

export interface CrossFileResult {
  findings: Finding[];
  /** False when no unit registry was among the inputs, so unit codes could not be checked. */
  unitsChecked: boolean;
  plan?: Plan;
}

export function checkAcrossFiles(files: readonly CheckedFile[], options: CrossFileOptions): CrossFileResult {
  const registries = files.flatMap((file) => (file.registry ? [file.registry] : []));
  const headers = files.flatMap((file) => (file.header ? [file.header] : []));
  const findings = [...checkDuplicateSubmissions(headers), ...headers.flatMap(checkDuplicateItems)];
  const { plan, findings: planChoice } = choosePlan(files, options.planFile);
  // Several plans side by side (templates/plans/) are fine; they only compete when submissions need one.
  if (headers.length > 0) findings.push(...planChoice);
  findings.push(...checkScoring(files, plan, options.shippedRubrics ?? []));
  if (plan) {
    findings.push(...checkPlan(plan));
    for (const header of headers) {
      findings.push(
        ...checkDeadlines(plan, header, options.today),
        ...checkPlanVocabulary(plan, header),
        ...checkContentGroups(plan, header),
      );
      if (header.planId !== undefined && header.planId !== plan.id) {
        findings.push({
          ruleId: 'plan/mismatch',
          params: { expected: plan.id, actual: header.planId },
          at: { file: header.file, pointer: '/ke_hoach' },
        });
      }
    }
  }
  if (registries.length === 0) return { findings, unitsChecked: false, ...(plan ? { plan } : {}) };
  const index = indexUnits(registries);
  findings.push(...checkRegistries(registries, index), ...checkSubmissionUnits(headers, index));
  findings.push(...noticeFormerCodes(headers, index));
  if (plan) findings.push(...checkModelReview(plan, index, headers));
  if (plan)
    findings.push(
      ...checkQuotas(
        plan,
        index,
        headers.filter((header) => header.kind === 'dang-ky'),
      ),
    );
  return { findings, unitsChecked: true, ...(plan ? { plan } : {}) };
}

function choosePlan(files: readonly CheckedFile[], planFile: string | undefined): { plan?: Plan; findings: Finding[] } {
  if (planFile !== undefined) {
    const plan = files.find((file) => file.file === planFile)?.plan;
    return { ...(plan ? { plan } : {}), findings: [] };
  }
  const plans = files.flatMap((file) => (file.plan ? [file.plan] : []));
  const [first, ...others] = plans;
  if (!first) return { findings: [] };
  return {
    plan: first,
    findings: others.map((other) => ({
      ruleId: 'plan/multiple',
      params: { first: first.file },
      at: { file: other.file, pointer: '' },
    })),
  };
}

/** Rubrics, score sheets against their rubric, meetings against the plan's vote threshold. */
function checkScoring(files: readonly CheckedFile[], plan: Plan | undefined, shipped: readonly string[]): Finding[] {
  const rubrics = new Map(files.flatMap((file) => (file.rubric ? [[file.rubric.id, file.rubric] as const] : [])));
  const findings: Finding[] = [...rubrics.values()].flatMap(checkRubric);
  const brokenRubric = files.some((file) => file.kind === 'bo-tieu-chi' && !file.rubric);
  for (const sheet of files.flatMap((file) => (file.scoreSheet ? [file.scoreSheet] : []))) {
    const rubric = rubrics.get(sheet.rubricId);
    const at = { file: sheet.file, pointer: '/bo_tieu_chi' };
    if (plan?.rubricId !== undefined && plan.rubricId !== sheet.rubricId) {
      findings.push({
        ruleId: 'score/rubric-mismatch',
        params: { expected: plan.rubricId, actual: sheet.rubricId, ...quotePlanRule(plan, 'bo_tieu_chi') },
        at,
      });
    }
    if (rubric) findings.push(...checkScoreSheet(rubric, sheet));
    // A rubric file with errors of its own is reported there; "not found" would send the officer looking elsewhere.
    else if (!brokenRubric)
      findings.push({
        ruleId: 'score/rubric-not-found',
        params: { id: sheet.rubricId, known: shipped.join(', ') },
        at,
      });
  }
  for (const meeting of files.flatMap((file) => (file.meeting ? [file.meeting] : [])))
    findings.push(...checkMeeting(meeting, plan));
  return findings;
}
