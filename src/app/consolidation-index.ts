import type { ConsolidatedSource, Consolidation } from '../core/consolidation.js';
import { groupBy } from '../core/group-by.js';
import type { Nominee } from '../core/nominees.js';
import type { Rubric } from '../core/rubric.js';
import type { UnitStatus } from '../core/status.js';
import { decodeRubric } from '../decode/rubric.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readYamlData } from '../io/load-yaml.js';

/**
 * Lookups a per-unit loop over a merged dataset needs, each answered from a map instead of a scan: at national scale
 * (4,000 units, 20,000 files) scanning `sources`, `nominees` and `diagnostics` once per unit is O(units × files),
 * and re-reading the rubric file for every unit's score sheet was a sixth of `danvan dossier`'s main thread (issue
 * 11's profile). Built on first use and kept for as long as the dataset object lives.
 */
export interface ConsolidationIndex {
  /** Every file of the unit, in the dataset's order (all states). */
  sourcesOf(unit: string): readonly ConsolidatedSource[];
  /** The unit's effective file of a kind for a year; `yearly` leaves out the 6-month reports. */
  effective(kind: string, unit: string, year: number | undefined, yearly?: boolean): ConsolidatedSource | undefined;
  /** The unit's nominees for a year, in the dataset's order. */
  nomineesOf(unit: string, year: number | undefined): readonly Nominee[];
  /** The merge's diagnostics located in any of these files, in the dataset's order. */
  diagnosticsIn(files: Iterable<string>): Diagnostic[];
  unitStatus(unit: string): UnitStatus | undefined;
  /** A bộ tiêu chí by its `ma`, with its file and raw data, read once per dataset; undefined when none has it. */
  rubric(id: string): { source: ConsolidatedSource; data: Record<string, unknown>; rubric: Rubric } | undefined;
}

/** A merged file's data (its embedded text, read again without locating anything; {} when it does not parse). */
export const sourceData = (source: ConsolidatedSource): Record<string, unknown> =>
  (readYamlData(source.text) ?? {}) as Record<string, unknown>;

const built = new WeakMap<Consolidation, ConsolidationIndex>();

/** The dataset's index (see ConsolidationIndex), built once per dataset object. */
export function indexOf(c: Consolidation): ConsolidationIndex {
  let index = built.get(c);
  if (!index) built.set(c, (index = buildIndex(c)));
  return index;
}

function buildIndex(c: Consolidation): ConsolidationIndex {
  const byUnit = groupBy(c.sources, (s) => s.unit ?? '');
  const nominees = groupBy(c.nominees, (n) => `${n.unit}\u0000${n.year ?? ''}`);
  const diagnostics = groupBy(
    c.diagnostics.map((d, order) => ({ d, order })),
    ({ d }) => d.file,
  );
  const units = new Map(c.units.map((u) => [u.unit.code, u]));
  let rubricFiles: Map<string, { source: ConsolidatedSource; data: Record<string, unknown> }> | undefined;
  const decoded = new Map<string, ReturnType<ConsolidationIndex['rubric']>>();
  return {
    sourcesOf: (unit) => byUnit.get(unit) ?? [],
    effective: (kind, unit, year, yearly = false) =>
      (byUnit.get(unit) ?? []).find(
        (s) => s.state === 'effective' && s.kind === kind && s.year === year && !(yearly && s.period === '6-thang'),
      ),
    nomineesOf: (unit, year) => nominees.get(`${unit}\u0000${year ?? ''}`) ?? [],
    diagnosticsIn: (files) =>
      [...new Set(files)]
        .flatMap((file) => diagnostics.get(file) ?? [])
        .sort((a, b) => a.order - b.order)
        .map(({ d }) => d),
    unitStatus: (unit) => units.get(unit),
    rubric(id) {
      // The first file that carries the id wins, as a scan in file order would; a rubric is decoded only when asked
      // for, as before (decodeRubric expects schema-valid data, and only a used rubric has been checked for that).
      rubricFiles ??= new Map(
        c.sources
          .filter((s) => s.kind === 'bo-tieu-chi')
          .map((source) => ({ source, data: sourceData(source) }))
          .reverse()
          .map((found) => [String(found.data.ma), found] as const),
      );
      if (!decoded.has(id)) {
        const found = rubricFiles.get(id);
        decoded.set(id, found && { ...found, rubric: decodeRubric(found.source.file, found.data) });
      }
      return decoded.get(id);
    },
  };
}
