import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
// @ts-expect-error -- the schema source is plain JavaScript without type declarations
import { buildSchemas, schemaText } from '../../schemas/source/build-schemas.mjs';
import { KINDS } from '../../src/core/kinds.js';
import { readSchema } from '../../src/io/load-schemas.js';
import { SchemaRegistry } from '../../src/schema/registry.js';

const built = buildSchemas() as Record<string, object>;

it('schemas/*.json are generated from their source (run `npm run schemas`)', () => {
  for (const kind of KINDS) {
    const committed = readFileSync(new URL(`../../schemas/${kind}.schema.json`, import.meta.url), 'utf8');
    expect(committed, kind).toBe((schemaText as (schema: object) => string)(built[kind] as object));
  }
});

it('every schema compiles under ajv strict mode', () => {
  const registry = new SchemaRegistry(readSchema);
  for (const kind of KINDS) expect(() => registry.validator(kind), kind).not.toThrow();
});

it('every property has a Vietnamese title and description for editor hover help', () => {
  const missing: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, child] of Object.entries((record.properties as Record<string, unknown>) ?? {})) {
      const c = child as Record<string, unknown>;
      if (typeof c.title !== 'string' || typeof c.description !== 'string') missing.push(`${path}/${key}`);
      walk(child, `${path}/${key}`);
    }
    if (record.items) walk(record.items, `${path}[]`);
  };
  for (const kind of KINDS) walk(built[kind], kind);
  expect(missing).toEqual([]);
});
