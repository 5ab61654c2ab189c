import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Consolidation } from '../core/consolidation.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { recordInputRead } from './inputs-read.js';

/** The dataset's last field: the SHA-256 of the text before it, as consolidationJson writes it. */
export const INTEGRITY_KEY = 'integrity';
const INTEGRITY_LINE = new RegExp(`\\n"${INTEGRITY_KEY}": "sha256:([0-9a-f]{64})"\\n}\\n$`);

// What merge writes first: a text that opens so but does not parse was cut short or damaged, not another file.
const DATASET_OPENING = /^\{\s*"kind"\s*:\s*"danvan-consolidation"/;

/**
 * A previous `danvan merge --out` file, to merge again with new files or to draw from. UsageError 'not-consolidation'
 * for a file that is not one, 'consolidation-modified' for one changed since merge wrote it (its `integrity` does not
 * match the text, the text was re-formatted by another program, or it opens as a dataset but was cut short). A byte
 * order mark and Windows line ends, which an editor adds when it saves the file unchanged, are not changes. A dataset
 * without `integrity` (from a danvan before it, or made by hand) is read as it is.
 */
export function readConsolidation(path: string): Consolidation {
  let text: string;
  try {
    text = readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(missing ? 'path-not-found' : 'not-consolidation', path);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(DATASET_OPENING.test(text) ? 'consolidation-modified' : 'not-consolidation', path);
  }
  recordInputRead(path);
  const record = data as (Partial<Consolidation> & { [INTEGRITY_KEY]?: unknown }) | null;
  if (record?.kind !== 'danvan-consolidation' || record.version !== 1 || !Array.isArray(record.sources)) {
    throw new UsageError('not-consolidation', path);
  }
  if (record[INTEGRITY_KEY] !== undefined && !intact(text)) throw new UsageError('consolidation-modified', path);
  return record as Consolidation;
}

function intact(text: string): boolean {
  const line = INTEGRITY_LINE.exec(text);
  if (!line) return false;
  const expected = createHash('sha256')
    .update(text.slice(0, line.index + 1))
    .digest('hex');
  return expected === line[1];
}
