import { extname } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';

// What the file-reading commands take: YAML submissions, folders and patterns of them, and .json datasets.
const READABLE = new Set(['', '.yaml', '.yml', '.json']);
// What import converts: filled Excel forms, and folders of them.
const FORMS = new Set(['', '.xlsx']);
const GLOB = /[*?[\]{}]/;

const REASON = { dataset: 'input-not-dataset', inbox: 'input-not-inbox', forms: 'input-not-form' } as const;

/**
 * Refuses (exit 2) an input that is plainly another kind of file before any work, naming what the command reads and
 * how to make it. `wants`: 'dataset' for excel, dossier and report (a merge .json or an inbox; not .xlsx, .pdf…),
 * 'inbox' for merge (YAML submissions or a previous .json), 'forms' for import (.xlsx forms, not YAML or a .json).
 */
export function refuseOtherKinds(paths: readonly string[], wants: 'dataset' | 'inbox' | 'forms'): void {
  const accepted = wants === 'forms' ? FORMS : READABLE;
  const wrong = paths.find((path) => !GLOB.test(path) && !accepted.has(extname(path).toLowerCase()));
  if (wrong !== undefined) throw new UsageError(REASON[wants], wrong);
}
