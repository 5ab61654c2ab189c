import type { Finding } from '../messages/catalog.js';
import { resolveUnit } from './attribution.js';
import { buildModelRegister } from './model-register.js';
import type { RegisteredModel } from './model-register.js';
import type { Plan } from './plan.js';
import { quotePlanRule } from './plan-sources.js';
import type { SubmissionHeader } from './types.js';
import type { UnitIndex } from './units.js';

/**
 * Rà soát mô hình hằng năm (seed 001: "Hằng năm, kiểm tra, đánh giá đề nghị thanh loại hoặc công nhận lại"), read
 * from the register of models (core/model-register.ts):
 * - review/missing-outcome, for a plan with `ra_soat_mo_hinh: true`: a unit's yearly report must give an outcome
 *   (de_xuat) for every model it owns that year — registered that year or before, including under a former unit's
 *   code (mapped to the unit), and not removed (thanh-loai) by an earlier year's report;
 * - review/removed-registered-again, whatever the plan: a model a report proposed removing, registered again in a
 *   later year (a unit said it no longer works; the officer should know before counting it again).
 */
export function checkModelReview(plan: Plan, index: UnitIndex, headers: readonly SubmissionHeader[]): Finding[] {
  const register = buildModelRegister(
    headers.map((header) => ({ header })),
    index,
  );
  if (!plan.modelReview) return register.findings;
  const findings = [...register.findings];
  const quote = quotePlanRule(plan, 'ra_soat_mo_hinh');
  const reports = headers.filter((h) => h.kind === 'bao-cao' && h.reportPeriod === 'ca-nam' && h.year !== undefined);
  for (const report of reports) {
    const unit = resolveUnit(report.unitCode, index)?.unit.code;
    if (unit === undefined) continue;
    const year = report.year as number;
    const reviewed = new Map((report.reviews ?? []).map((r) => [r.code, r]));
    const owned = register.models.filter((m) => m.unit === unit && ownedIn(m, year)).map((m) => m.code);
    for (const code of owned.sort()) {
      const review = reviewed.get(code);
      if (review?.outcome) continue;
      findings.push({
        ruleId: 'review/missing-outcome',
        params: { code, year, ...quote },
        at: { file: report.file, pointer: review ? review.pointer : report.reviews ? '/ket_qua_mo_hinh' : '' },
        ...(report.reviews ? { onKey: !review } : {}),
      });
    }
  }
  return findings;
}

/**
 * Whether the unit owned the model in `year`'s review: registered that year or before, and not removed by an earlier
 * year's report (unless registered again since).
 */
export function ownedIn(model: RegisteredModel, year: number): boolean {
  let owned = false;
  for (const event of model.history) {
    if (event.event === 'dang-ky' ? event.year > year : event.year >= year) break;
    if (event.event === 'dang-ky') owned = true;
    else if (event.event === 'thanh-loai') owned = false;
  }
  return owned;
}
