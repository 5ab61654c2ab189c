import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { OutputError } from './output-error.js';

/**
 * Two spellings of one file (a symlink, "./x" and "x", an NFC name typed for an NFD file on disk) are one file:
 * the real path when the file exists, the absolute path when it does not.
 */
export const canonicalPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

// Every file this run has read (the plan, registries, submissions found inside folders, forms, datasets), by real
// path. It is per process on purpose: the read sits deep in io/, the write deep in app/ or a worker, and no argument
// list between them should have to carry it. main() starts each run with forgetInputsRead().
const inputsRead = new Set<string>();

/** Notes that `path` was read as an input, so no output of this run may replace it. */
export function recordInputRead(path: string): void {
  inputsRead.add(canonicalPath(path));
}

/** Starts a new run: in-process tests call main() many times in one process. */
export function forgetInputsRead(): void {
  inputsRead.clear();
}

/**
 * Refuses (OutputError 'is-input', exit 2, even with --force) an output path that is a file this run has read:
 * danvan never overwrites its inputs. Call it before drawing anything when a command writes several files.
 */
export function refuseInputsRead(outputs: readonly string[]): void {
  for (const output of outputs) if (inputsRead.has(canonicalPath(output))) throw new OutputError('is-input', output);
}
