import type { Finding } from '../messages/catalog.js';
import { childPointer } from '../diagnostics/pointer.js';
import type { SubmissionHeader, Unit, UnitRegistry } from './types.js';

/** Looks units up by their current code or by the code of a unit they absorbed. */
export interface UnitIndex {
  byCode: ReadonlyMap<string, Unit>;
  byFormerCode: ReadonlyMap<string, Unit>;
}

export function indexUnits(registries: readonly UnitRegistry[]): UnitIndex {
  const byCode = new Map<string, Unit>();
  const byFormerCode = new Map<string, Unit>();
  for (const unit of registries.flatMap((registry) => registry.units)) {
    if (!byCode.has(unit.code)) byCode.set(unit.code, unit);
    for (const former of unit.formerUnits) byFormerCode.set(former.code, unit);
  }
  return { byCode, byFormerCode };
}

/** Duplicate codes (also across registries) and parents that do not exist. */
export function checkRegistries(registries: readonly UnitRegistry[], index: UnitIndex): Finding[] {
  const findings: Finding[] = [];
  const firstSeen = new Map<string, Unit>();
  for (const unit of registries.flatMap((registry) => registry.units)) {
    const first = firstSeen.get(unit.code);
    if (first) {
      findings.push({
        ruleId: 'unit/duplicate-code',
        params: { code: unit.code },
        at: { file: unit.ref.file, pointer: childPointer(unit.ref.pointer, 'ma') },
        related: [first.ref],
      });
    } else firstSeen.set(unit.code, unit);
    if (unit.parent !== undefined && !index.byCode.has(unit.parent)) {
      findings.push({
        ruleId: 'unit/unknown-parent',
        params: { code: unit.parent },
        at: { file: unit.ref.file, pointer: childPointer(unit.ref.pointer, 'don_vi_cha') },
      });
    }
  }
  return findings;
}

export function checkSubmissionUnits(submissions: readonly SubmissionHeader[], index: UnitIndex): Finding[] {
  return submissions.flatMap((submission): Finding[] => {
    const code = submission.unitCode;
    if (code === undefined || index.byCode.has(code) || index.byFormerCode.has(code)) return [];
    return [{ ruleId: 'unit/unknown', params: { code }, at: submission.unitRef }];
  });
}
