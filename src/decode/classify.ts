import { isKind, KINDS } from '../core/kinds.js';
import type { ClassifiedFile } from '../core/types.js';
import { closestMatch } from '../core/similarity.js';
import { jsonType } from '../schema/ajv-findings.js';
import type { Finding } from '../messages/catalog.js';

/** Picks the kind of file from its top-level `loai:` key, as Redocly picks a spec from `openapi:`. */
export function classify(file: string, data: unknown): ClassifiedFile | Finding {
  const root = { file, pointer: '' };
  if (data === null || data === undefined) return { ruleId: 'file/empty', params: {}, at: root };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ruleId: 'document/not-mapping', params: { actual: jsonType(data) }, at: root };
  }
  const record = data as Record<string, unknown>;
  const kind = record.loai;
  // A merge's output handed to a command that reads submissions: say what it is and where it belongs.
  if (kind === undefined && record.kind === 'danvan-consolidation')
    return { ruleId: 'document/merged-dataset', params: {}, at: root };
  if (kind === undefined) return { ruleId: 'document/missing-kind', params: { kinds: KINDS.join(', ') }, at: root };
  if (!isKind(kind)) {
    const value = String(kind);
    return {
      ruleId: 'document/unknown-kind',
      params: { value, kinds: KINDS.join(', '), suggestion: closestMatch(value, KINDS) },
      at: { file, pointer: '/loai' },
    };
  }
  return { kind, file, data: record };
}

export const isFinding = (value: ClassifiedFile | Finding): value is Finding => 'ruleId' in value;
