import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../core/kinds.js';
import { packageRoot } from '../paths.js';

/** Reads `schemas/<kind>.schema.json` from the package, the same files editors use. */
export function readSchema(kind: Kind): object {
  return JSON.parse(readSchemaText(kind)) as object;
}

/** The text of `schemas/<kind>.schema.json` as shipped, for copying beside the files that name it. */
export function readSchemaText(kind: Kind): string {
  return readFileSync(join(packageRoot, 'schemas', `${kind}.schema.json`), 'utf8');
}
