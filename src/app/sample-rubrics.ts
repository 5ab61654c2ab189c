import type { Consolidation } from '../core/consolidation.js';
import { parseYamlText } from '../io/load-yaml.js';
import type { Finding } from '../messages/catalog.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A rubric marked "la_mau" is a placeholder (the shipped dvcq-vinh-long stands in for 01/HDLT-UBND-BDVTU, which we
 * do not have): every command that puts scores from it into a document says so (issue 10), as a warning at the
 * rubric file, one per placeholder rubric an effective score sheet uses. `ruleId` says which output uses it.
 */
export function sampleRubrics(c: Consolidation, ruleId: 'dossier/sample-rubric' | 'excel/sample-rubric'): Finding[] {
  const data = (s: Consolidation['sources'][number]) =>
    (parseYamlText(s.file, s.text).data ?? {}) as Record<string, unknown>;
  const used = new Set(
    c.sources.filter((s) => s.state === 'effective' && s.kind === 'cham-diem').map((s) => text(data(s).bo_tieu_chi)),
  );
  return c.sources
    .filter((s) => s.kind === 'bo-tieu-chi')
    .map((s) => ({ s, d: data(s) }))
    .filter(({ d }) => d.la_mau === true && used.has(text(d.ma)))
    .map(({ s, d }): Finding => ({ ruleId, params: { rubric: text(d.ma) ?? '' }, at: { file: s.file, pointer: '' } }));
}
