import type { Consolidation } from '../core/consolidation.js';
import { editDistance } from '../core/similarity.js';
import { UsageError } from '../diagnostics/usage-error.js';

// --unit names codes of the registry: a code that is not there (999, or 1 for 001) is a usage error, never a silent
// run that writes nothing. The nearest codes are suggested.
export function checkUnitCodes(c: Consolidation, units: readonly string[]): void {
  const known = c.units.map((u) => u.unit.code);
  const unknown = units.filter((code) => !known.includes(code));
  if (unknown.length === 0) return;
  const nearest = (code: string) =>
    known
      .map((k) => ({ k, d: k.replace(/^0+/, '') === code.replace(/^0+/, '') ? 0 : editDistance(k, code) }))
      .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
      .slice(0, 3)
      .map(({ k }) => k);
  throw new UsageError(
    'unknown-unit',
    unknown.map((code) => [code, nearest(code).join(', ')].join('\u0000')).join('\u0001'),
  );
}
