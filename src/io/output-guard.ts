import { realpathSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { extname, relative, resolve, isAbsolute } from 'node:path';
import { OutputError, outputErrorFrom } from './output-error.js';

const statOf = (path: string) => statSync(path, { throwIfNoEntry: false });

// Two spellings of one file (a symlink, "./x" and "x") are the same input.
const canonical = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

const INPUT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/**
 * Refuses (OutputError 'is-input') an output file that is one of the inputs: a file given on the command line, or
 * a YAML or JSON file inside a folder given on the command line (danvan reads those). `inputs` are absolute paths.
 */
export function refuseInputAsOutput(output: string, inputs: readonly string[]): void {
  const target = canonical(output);
  for (const input of inputs) {
    const source = canonical(input);
    if (source === target) throw new OutputError('is-input', output);
    const inside = relative(source, target);
    const within = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
    if (
      within &&
      statOf(source)?.isDirectory() &&
      INPUT_EXTENSIONS.has(extname(target).toLowerCase()) &&
      statOf(target)
    )
      throw new OutputError('is-input', output);
  }
}

/** Makes sure `dir` is a folder danvan can write into, creating it (and its parents) when missing. */
export async function ensureOutputFolder(dir: string): Promise<void> {
  const info = statOf(dir);
  if (info && !info.isDirectory()) throw new OutputError('not-folder', dir);
  if (info) return;
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw outputErrorFrom(error, dir);
  });
}
