import { extname } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';

// What the file-reading commands take: YAML submissions, folders and patterns of them, and .json datasets.
const READABLE = new Set(['', '.yaml', '.yml', '.json']);
const GLOB = /[*?[\]{}]/;

/**
 * Refuses (exit 2) an input that is plainly another kind of file (.xlsx, .pdf, .docx…) before any work, naming
 * what the command reads and how to make it. `makes`: 'dataset' for excel and dossier (a merge .json), 'inbox' for
 * merge (YAML submissions or a previous .json).
 */
export function refuseOtherKinds(paths: readonly string[], wants: 'dataset' | 'inbox'): void {
  const wrong = paths.find((path) => !GLOB.test(path) && !READABLE.has(extname(path).toLowerCase()));
  if (wrong !== undefined) throw new UsageError(wants === 'dataset' ? 'input-not-dataset' : 'input-not-inbox', wrong);
}
