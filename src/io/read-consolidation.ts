import { readFileSync } from 'node:fs';
import type { Consolidation } from '../core/consolidation.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { recordInputRead } from './inputs-read.js';

/** A previous `danvan merge --out` file, to merge again with new files. */
export function readConsolidation(path: string): Consolidation {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
    recordInputRead(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(missing ? 'path-not-found' : 'not-consolidation', path);
  }
  const record = data as Partial<Consolidation> | null;
  if (record?.kind !== 'danvan-consolidation' || record.version !== 1 || !Array.isArray(record.sources)) {
    throw new UsageError('not-consolidation', path);
  }
  return record as Consolidation;
}
