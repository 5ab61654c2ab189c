import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../core/kinds.js';
import { packageRoot } from '../paths.js';

/** Reads `schemas/<kind>.schema.json` from the package, the same files editors use. */
export function readSchema(kind: Kind): object {
  return JSON.parse(readFileSync(join(packageRoot, 'schemas', `${kind}.schema.json`), 'utf8')) as object;
}
