import type { Finding } from '../messages/catalog.js';
import type { SubmissionHeader, Unit } from './types.js';
import type { UnitIndex } from './units.js';

/** A submission's current unit: the unit with its code, or the unit that absorbed the former unit with that code. */
export function resolveUnit(
  code: string | undefined,
  index: UnitIndex,
): { unit: Unit; viaFormerCode: boolean } | undefined {
  if (code === undefined) return undefined;
  const current = index.byCode.get(code);
  if (current) return { unit: current, viaFormerCode: false };
  const absorbing = index.byFormerCode.get(code);
  return absorbing ? { unit: absorbing, viaFormerCode: true } : undefined;
}

/** The 2025 reform: a unit that still sends under its former code is counted for the unit that absorbed it. */
export function noticeFormerCodes(submissions: readonly SubmissionHeader[], index: UnitIndex): Finding[] {
  return submissions.flatMap((submission): Finding[] => {
    const resolved = resolveUnit(submission.unitCode, index);
    if (!resolved?.viaFormerCode) return [];
    const former = resolved.unit.formerUnits.find((f) => f.code === submission.unitCode);
    return [
      {
        ruleId: 'unit/former-code',
        params: {
          code: submission.unitCode ?? '',
          formerName: former?.name ?? '',
          unit: resolved.unit.code,
          name: resolved.unit.name,
        },
        at: submission.unitRef,
        related: former ? [former.ref] : [],
      },
    ];
  });
}
