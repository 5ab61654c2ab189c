import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { OutputError, outputErrorFrom } from './output-error.js';
import { OutputExistsError } from './output-exists-error.js';
import { ensureOutputFolder } from './output-guard.js';
import { refuseInputsRead } from './inputs-read.js';
import { outputPathAsStored, statOrUndefined } from './discover.js';

// Temp file in the target's own directory so rename() never crosses devices;
// a crash leaves either the old file or the new one, never half of one.
export async function writeOutputAtomic(path: string, data: Uint8Array | string, force: boolean): Promise<void> {
  await writeChunksAtomic(path, [data], force);
}

/**
 * Like writeOutputAtomic, for output produced piece by piece (a national dataset): the pieces go straight to the
 * temp file, so the whole text never sits in memory at once.
 */
export async function writeChunksAtomic(
  typed: string,
  chunks: Iterable<string | Uint8Array>,
  force: boolean,
): Promise<void> {
  const path = await outputPathAsStored(typed);
  refuseInputsRead([path]);
  // Synchronous file-system calls here and below: a dossier writes thousands of files one after another, and each
  // asynchronous call waited a turn of the thread pool (issue 11: 5 s of a 500-unit run's 61 s was idle).
  const existing = statOrUndefined(path);
  // A folder is never replaced, with or without --force: rename() would fail half-way or remove its contents.
  if (existing?.isDirectory()) throw new OutputError('is-folder', path);
  if (!force && existing) throw new OutputExistsError(path);
  await ensureOutputFolder(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    for (const chunk of chunks) {
      // writeSync has one overload for text and another for bytes.
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else writeSync(fd, chunk);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    await rm(temp, { force: true });
    throw outputErrorFrom(error, path);
  }
}

/**
 * Refuses, before anything is drawn, every way a planned output could fail: one of the run's inputs (even with
 * force), an existing folder (even with force; said as such, not as "exists, add --force"), an existing file without
 * force (OutputExistsError). A command that writes several files calls it so none is written when one would fail.
 */
export function refusePlannedOutputs(paths: readonly string[], force: boolean): void {
  refuseInputsRead(paths);
  const folder = paths.find((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory());
  if (folder !== undefined) throw new OutputError('is-folder', folder);
  const existing = force ? undefined : firstExisting(paths);
  if (existing !== undefined) throw new OutputExistsError(existing);
}

/** The first of these paths that already exists, if any: lets a command refuse before it draws anything. */
export const firstExisting = (paths: readonly string[]): string | undefined => paths.find((path) => existsSync(path));
