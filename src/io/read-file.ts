import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { recordInputRead } from './inputs-read.js';

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'unreadable'; message: string };

/**
 * Reads a file whole, unless it is larger than `limit` bytes: then nothing is read, so memory stays bounded.
 * Synchronous on purpose: four awaited calls per file cost more than the read itself on a 4,000-file inbox.
 */
export function readFileBounded(path: string, limit: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    if (size > limit) return { ok: false, reason: 'too-large', size };
    const bytes = readFileSync(fd);
    recordInputRead(path);
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A small text file the package ships or the user named (a plan preset), read whole as UTF-8. */
export async function readTextFile(path: string): Promise<string> {
  const text = await readFile(path, 'utf8');
  recordInputRead(path);
  return text;
}

/** A file the user named, read whole as bytes (to be decoded as validate decodes: decodeBytes). Throws fs errors. */
export async function readBytesFile(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path);
  recordInputRead(path);
  return bytes;
}
