import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { KINDS } from '../../src/core/kinds.js';
import { ROOT } from '../helpers/run-cli.js';

// docs/formats.md documents every field of every kind; a field added to a schema must reach the doc.
function fieldPaths(node: Record<string, unknown>, prefix = ''): string[] {
  const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const items = child.items as Record<string, unknown> | undefined;
    return [path, ...fieldPaths(child, path), ...(items ? fieldPaths(items, `${path}[]`) : [])];
  });
}

it('docs/formats.md lists every field of every schema', () => {
  const doc = readFileSync(join(ROOT, 'docs/formats.md'), 'utf8');
  const missing = KINDS.flatMap((kind) => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    return fieldPaths(schema)
      .filter((path) => !doc.includes(`\`${path}\``))
      .map((path) => `${kind}: ${path}`);
  });
  expect(missing).toEqual([]);
});
