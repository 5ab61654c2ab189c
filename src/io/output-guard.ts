import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, extname, relative, isAbsolute } from 'node:path';
import { canonicalPath as canonical, refuseInputsRead } from './inputs-read.js';
import { OutputError, outputErrorFrom } from './output-error.js';
import { outputPathAsStored } from './discover.js';

const statOf = (path: string) => statSync(path, { throwIfNoEntry: false });

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
export async function ensureOutputFolder(typed: string): Promise<void> {
  const dir = await outputPathAsStored(typed);
  let info;
  try {
    info = statOf(dir);
  } catch (error) {
    // ENOTDIR: a file stands where a parent folder should be; name that file, not the folder asked for.
    throw outputErrorFrom(error, fileAncestor(dir) ?? dir);
  }
  if (info && !info.isDirectory()) throw new OutputError('not-folder', dir);
  if (info) return;
  await makeFolders(dir);
}

// mkdir(…, { recursive: true }) never returns for a path under /proc on Linux (node 20: it spins on the ENOENT the
// kernel gives), so the missing folders are made one at a time from the nearest existing one, and the first refusal
// is the error.
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let part = dir; !statOf(part); part = dirname(part)) {
    missing.unshift(part);
    if (dirname(part) === part) break;
  }
  for (const folder of missing)
    await mkdir(folder).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw outputErrorFrom(error, folder);
    });
}

// The nearest part of `path` that exists and is a file, if any: what the user must rename or move.
function fileAncestor(path: string): string | undefined {
  for (let part = dirname(path); part !== dirname(part); part = dirname(part)) {
    const info = statSync(part, { throwIfNoEntry: false });
    if (info) return info.isDirectory() ? undefined : part;
  }
  return undefined;
}

// Extensions that name another kind of document: a workbook saved as x.pdf would open in the wrong program.
// A .yaml written over with a workbook would be read back as a broken submission.
const OTHER_KINDS = new Set([
  '.pdf',
  '.docx',
  '.doc',
  '.odt',
  '.xlsx',
  '.xls',
  '.ods',
  '.csv',
  '.json',
  '.yaml',
  '.yml',
]);

/**
 * Checks a file output as typed, before drawing: an existing folder is refused at once (OutputError 'is-folder',
 * suggesting `example` inside it, with or without --force); then an input (a file this run has read, or one of
 * `inputs`, as refuseInputAsOutput); then a name ending in another kind's extension (report --out x.docx, excel
 * --out x.pdf: 'wrong-extension', detail = the extension expected). No extension, or an unusual one, is left as typed.
 */
export function checkOutputFile(
  path: string,
  extension: string,
  example: string,
  inputs: readonly string[] = [],
): void {
  if (statOf(path)?.isDirectory()) throw new OutputError('is-folder', path, '', example);
  refuseInputsRead([path]);
  refuseInputAsOutput(path, inputs);
  const typed = extname(path).toLowerCase();
  if (typed !== extension && OTHER_KINDS.has(typed)) throw new OutputError('wrong-extension', path, extension);
}
