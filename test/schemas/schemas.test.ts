import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
// @ts-expect-error -- the schema source is plain JavaScript without type declarations
import { buildSchemas, schemaText } from '../../schemas/source/build-schemas.mjs';
import { KINDS } from '../../src/core/kinds.js';
import type { Kind } from '../../src/core/kinds.js';
import { readSchema } from '../../src/io/load-schemas.js';
import { RuntimeSchemaRegistry } from '../../src/schema/compile-runtime.js';
import { validationFormats } from '../../src/schema/formats.js';
import type { Validator } from '../../src/schema/registry.js';

const built = buildSchemas() as Record<string, object>;

it('schemas/*.json are generated from their source (run `npm run schemas`)', () => {
  for (const kind of KINDS) {
    const committed = readFileSync(new URL(`../../schemas/${kind}.schema.json`, import.meta.url), 'utf8');
    expect(committed, kind).toBe((schemaText as (schema: object) => string)(built[kind] as object));
  }
});

it('every schema compiles under ajv strict mode', () => {
  const registry = new RuntimeSchemaRegistry(readSchema);
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

it('the precompiled validators (npm run build) agree with runtime compilation', async () => {
  // The spawned CLI uses dist/schema/validators.js; in-process tests use ajv at run time.
  const require = createRequire(import.meta.url);
  const precompiled = (kind: Kind) =>
    (require(`../../dist/validators/${kind}.cjs`) as (formats: typeof validationFormats) => Validator)(
      validationFormats,
    );
  const runtime = new RuntimeSchemaRegistry(readSchema);
  const samples: [Kind, unknown][] = [
    ['dang-ky', { loai: 'dang-ky', phien_ban: 1, ma_don_vi: '001', nam: 2025, ngay_gui: '15/4/2025' }],
    [
      'dang-ky',
      {
        loai: 'dang-ky',
        phien_ban: 2,
        ma_donvi: 1,
        nam: 'x',
        ngay_gui: '31/02/2025',
        lien_he: { ho_ten: 'A', email: 'x@' },
      },
    ],
    [
      'cham-diem',
      {
        loai: 'cham-diem',
        diem: [
          { tieu_chi: '1.1', tu_cham: '4,5' },
          { tieu_chi: '1.2', tu_cham: -1 },
        ],
      },
    ],
    ['bien-ban', { loai: 'bien-ban', gio_bat_dau: '25:00', thanh_vien: { tong_so: 0 } }],
    ['danh-muc-don-vi', { loai: 'danh-muc-don-vi', phien_ban: 1, don_vi: [] }],
  ];
  for (const [kind, data] of samples) {
    const fast = precompiled(kind);
    const slow = runtime.validator(kind);
    expect(fast(data), kind).toBe(slow(data));
    const shape = (errors: Validator['errors']) => (errors ?? []).map((e) => [e.instancePath, e.keyword, e.params]);
    expect(shape(fast.errors), kind).toEqual(shape(slow.errors));
  }
});
