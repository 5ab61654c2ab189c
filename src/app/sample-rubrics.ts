import type { Consolidation } from '../core/consolidation.js';
import { indexOf } from './consolidation-index.js';
import type { Finding } from '../messages/catalog.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A rubric marked "la_mau" is a placeholder (the shipped dvcq-vinh-long stands in for 01/HDLT-UBND-BDVTU, which we
 * do not have): every command that puts scores from it into a document says so (issue 10), as a warning at the
 * rubric file, one per placeholder rubric an effective score sheet uses. `ruleId` says which output uses it.
 */
export function sampleRubrics(c: Consolidation, ruleId: 'dossier/sample-rubric' | 'excel/sample-rubric'): Finding[] {
  // The merge scored every effective score sheet: its cards name the rubric each one used.
  const used = [...new Set(c.scores.map((card) => card.rubricId))].sort();
  return used
    .map((id) => indexOf(c).rubric(id))
    .filter((found) => found !== undefined && found.data.la_mau === true)
    .map((found): Finding => ({
      ruleId,
      params: { rubric: text(found?.data.ma) ?? '' },
      at: { file: found?.source.file ?? '', pointer: '' },
    }));
}
