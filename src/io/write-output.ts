import { randomBytes } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { OutputExistsError } from './output-exists-error.js';

// Temp file in the target's own directory so rename() never crosses devices;
// a crash leaves either the old file or the new one, never half of one.
export async function writeOutputAtomic(path: string, data: Uint8Array | string, force: boolean): Promise<void> {
  if (
    !force &&
    (await access(path).then(
      () => true,
      () => false,
    ))
  )
    throw new OutputExistsError(path);
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
