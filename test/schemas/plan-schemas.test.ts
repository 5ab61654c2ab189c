import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// An independent JSON Schema 2020-12 implementation, so the generated schemas are not only "valid for ajv".
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

async function generate(args: string[]): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'danvan-schema-'));
  const io = fakeIo(ROOT);
  expect(await main(['schema', ...args, '--out', out], io), io.out()).toBe(0);
  return out;
}

const load = (path: string) => new Validator(JSON.parse(readFileSync(path, 'utf8')) as Schema, '2020-12', false);
// Unit codes stay strings in danvan; parse them the same way for the other implementation.
const yaml = (path: string) =>
  parse(readFileSync(path, 'utf8'), { intAsBigInt: false, schema: 'core' }) as Record<string, unknown>;

describe('danvan schema --plan', () => {
  it('narrows codes, fields and list limits per category (fixture plan)', async () => {
    const out = await generate([
      'test/fixtures/plan-rules/danh-muc-don-vi.yaml',
      '--plan',
      'test/fixtures/plan-rules/ke-hoach.yaml',
    ]);
    const registration = load(join(out, 'dang-ky.thu-nghiem-2025.schema.json'));
    const base = { loai: 'dang-ky', phien_ban: 1, ke_hoach: 'thu-nghiem-2025', nam: 2025, ngay_gui: '10/04/2025' };
    const model = (i: number) => ({ ma: `MH0${i}`, ten_mo_hinh: `Mô hình ${i}`, linh_vuc: 'kinh-te' });
    expect(registration.validate({ ...base, ma_don_vi: '001', tap_the: [model(1), model(2)] }).valid).toBe(true);
    expect(registration.validate({ ...base, ma_don_vi: '009', tap_the: [model(1)] }).valid).toBe(true); // former code
    const overflow = registration.validate({ ...base, ma_don_vi: '001', tap_the: [model(1), model(2), model(3)] });
    expect(overflow.valid).toBe(false);
    expect(overflow.errors.some((e) => e.keyword === 'maxItems' && e.instanceLocation === '#/tap_the')).toBe(true);
    expect(registration.validate({ ...base, ma_don_vi: '099', tap_the: [model(1)] }).valid).toBe(false);
    expect(
      registration.validate({ ...base, ma_don_vi: '001', ke_hoach: 'khac', tap_the: [model(1), model(2)] }).valid,
    ).toBe(false);
  });

  it('accepts every registration and report of the Vĩnh Long example and rejects a quota overflow', async () => {
    const dir = join(ROOT, 'examples/vinh-long-2025');
    const out = await generate([join(dir, 'danh-muc-don-vi.yaml'), '--plan', 'vinh-long-2025']);
    const registration = load(join(out, 'dang-ky.vinh-long-2025.schema.json'));
    const report = load(join(out, 'bao-cao.vinh-long-2025.schema.json'));
    const files = (sub: string) => readdirSync(join(dir, sub)).map((f) => join(dir, sub, f));
    for (const file of files('dang-ky')) expect(registration.validate(yaml(file)).errors, file).toEqual([]);
    for (const file of files('bao-cao')) expect(report.validate(yaml(file)).errors, file).toEqual([]);
    const first = yaml(files('dang-ky')[0] as string);
    const models = first.tap_the as unknown[];
    expect(registration.validate({ ...first, tap_the: [...models, models[0]] }).valid).toBe(false);
  });

  it('refuses to overwrite without --force (exit 2)', async () => {
    const out = await generate(['--plan', 'vinh-chau-2025']);
    const io = fakeIo(ROOT);
    expect(await main(['schema', '--plan', 'vinh-chau-2025', '--out', out], io)).toBe(2);
    expect(io.err()).toContain('--force');
    expect(await main(['schema', '--plan', 'vinh-chau-2025', '--out', out, '--force'], fakeIo(ROOT))).toBe(0);
  });
});
