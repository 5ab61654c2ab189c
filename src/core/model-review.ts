import { resolveUnit } from './attribution.js';
import type { Finding } from '../messages/catalog.js';
import type { Plan } from './plan.js';
import type { SubmissionHeader } from './types.js';
import type { UnitIndex } from './units.js';

/**
 * Rà soát mô hình hằng năm (seed 001: "Hằng năm, kiểm tra, đánh giá đề nghị thanh loại hoặc công nhận lại"), for a
 * plan with `ra_soat_mo_hinh: true`:
 * - review/missing-outcome: a unit's yearly report must give an outcome (de_xuat) for every model it owns — every model
 *   it registered in that year or before, including those registered under a former unit's code (mapped to the unit),
 *   unless an earlier yearly report removed it (thanh-loai);
 * - review/removed-registered-again: a model removed in a year's report and registered again in a later year.
 * A model is the current unit's code plus the model's own code (`ma`).
 */
export function checkModelReview(plan: Plan, index: UnitIndex, headers: readonly SubmissionHeader[]): Finding[] {
  if (!plan.modelReview) return [];
  const unitOf = (h: SubmissionHeader) => resolveUnit(h.unitCode, index)?.unit.code;
  const registrations = headers.filter((h) => h.kind === 'dang-ky' && h.year !== undefined);
  const reports = headers.filter((h) => h.kind === 'bao-cao' && h.reportPeriod === 'ca-nam' && h.year !== undefined);
  // When each model was removed: unit → code → year of the report proposing thanh-loai.
  const removedIn = new Map<string, number>();
  for (const report of reports)
    for (const review of report.reviews ?? [])
      if (review.outcome === 'thanh-loai') {
        const key = `${unitOf(report)}\u0000${review.code}`;
        removedIn.set(key, Math.min(removedIn.get(key) ?? Infinity, report.year as number));
      }
  const findings: Finding[] = [];
  for (const registration of registrations) {
    const unit = unitOf(registration);
    for (const item of registration.items.filter((i) => i.what === 'model-code')) {
      const removed = removedIn.get(`${unit}\u0000${item.value}`);
      if (removed !== undefined && (registration.year as number) > removed)
        findings.push({
          ruleId: 'review/removed-registered-again',
          params: { code: item.value, year: removed },
          at: { file: registration.file, pointer: item.pointer },
        });
    }
  }
  for (const report of reports) {
    const unit = unitOf(report);
    if (unit === undefined) continue;
    const year = report.year as number;
    const reviewed = new Map((report.reviews ?? []).map((r) => [r.code, r]));
    const owned = new Set(
      registrations
        .filter((r) => unitOf(r) === unit && (r.year as number) <= year)
        .flatMap((r) => r.items.filter((i) => i.what === 'model-code').map((i) => i.value))
        .filter((code) => (removedIn.get(`${unit}\u0000${code}`) ?? Infinity) >= year),
    );
    for (const code of [...owned].sort()) {
      const review = reviewed.get(code);
      if (review?.outcome) continue;
      findings.push({
        ruleId: 'review/missing-outcome',
        params: { code, year },
        at: { file: report.file, pointer: review ? review.pointer : report.reviews ? '/ket_qua_mo_hinh' : '' },
        ...(report.reviews ? { onKey: !review } : {}),
      });
    }
  }
  return findings;
}
