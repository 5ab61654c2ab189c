import { open, readFile } from 'node:fs/promises';

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'unreadable'; message: string };

/** Reads a file whole, unless it is larger than `limit` bytes: then nothing is read, so memory stays bounded. */
export async function readFileBounded(path: string, limit: number): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > limit) return { ok: false, reason: 'too-large', size };
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    await handle?.close();
  }
}

/** A small text file the package ships or the user named (a plan preset), read whole as UTF-8. */
export async function readTextFile(path: string): Promise<string> {
  return readFile(path, 'utf8');
}
