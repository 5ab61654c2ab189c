import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/app/consolidation.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { fillForm } from '../helpers/fill-form.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CAMPAIGN = 'examples/vinh-long-2025';
const tmp = () => mkdtempSync(join(tmpdir(), 'danvan-form-'));
// Five units are enough to cover every field; filling a form costs a few hundred ms of exceljs on a busy machine.
const UNITS = readdirSync(join(CAMPAIGN, 'dang-ky')).slice(0, 5);

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = fakeIo(ROOT);
  const status = await main(args, io);
  return { status, stdout: io.out(), stderr: io.err() };
}

// generate → fill by script → import → validate clean → merge gives the same dataset as the YAML files.
describe('round trip: registration forms of the Vĩnh Long campaign', () => {
  const dir = tmp();
  const yamlInbox = join(dir, 'yaml');
  const xlsxInbox = join(dir, 'xlsx');
  let form: ReturnType<typeof runCli>;
  let validation: Awaited<ReturnType<typeof run>>;
  let imported: Awaited<ReturnType<typeof run>>;
  const merged: Consolidation[] = [];

  beforeAll(async () => {
    for (const inbox of [yamlInbox, xlsxInbox]) {
      mkdirSync(inbox);
      cpSync(join(CAMPAIGN, 'ke-hoach.yaml'), join(inbox, 'ke-hoach.yaml'));
      cpSync(join(CAMPAIGN, 'danh-muc-don-vi.yaml'), join(inbox, 'danh-muc-don-vi.yaml'));
    }
    const blank = join(dir, 'mau-dang-ky.xlsx');
    form = runCli([
      'form',
      join(CAMPAIGN, 'danh-muc-don-vi.yaml'),
      '--plan',
      join(CAMPAIGN, 'ke-hoach.yaml'),
      '--kind',
      'dang-ky',
      '--out',
      blank,
    ]);
    for (const name of UNITS) {
      const text = readFileSync(join(CAMPAIGN, 'dang-ky', name), 'utf8');
      writeFileSync(join(yamlInbox, name), text);
      const filled = await fillForm(readFileSync(blank), parse(text) as Record<string, unknown>);
      writeFileSync(join(xlsxInbox, name.replace(/\.yaml$/, '.xlsx')), filled);
    }
    validation = await run(['validate', xlsxInbox]);
    imported = await run(['import', xlsxInbox, '--out', join(dir, 'nhap'), '--kind', 'registration']);
    for (const inbox of [yamlInbox, xlsxInbox]) {
      await run(['merge', inbox, '--out', join(inbox, 'tong-hop.json')]);
      merged.push(JSON.parse(readFileSync(join(inbox, 'tong-hop.json'), 'utf8')) as Consolidation);
    }
  }, 28_000);

  it('writes the form', () => {
    expect(form.status).toBe(0);
  });

  it('validates the filled forms clean, with the same checks as YAML', () => {
    expect(validation.stdout).toMatch(/Đã kiểm tra 8 tệp: 0 lỗi, 0 cảnh báo/);
    expect(validation.status).toBe(0);
  });

  it('merges into the same dataset as the YAML files', () => {
    const [fromYaml, fromForms] = merged as [Consolidation, Consolidation];
    const strip = <T extends { source: unknown }>(items: readonly T[]) => items.map(({ source: _s, ...rest }) => rest);
    expect(fromForms.models.length).toBeGreaterThan(8);
    expect(strip(fromForms.models)).toEqual(strip(fromYaml.models));
    expect(strip(fromForms.people)).toEqual(strip(fromYaml.people));
    // The same units, quotas and deadlines; only the files' names differ (.xlsx for .yaml).
    const sameFiles = (c: Consolidation) =>
      JSON.stringify(c.units).replace(/\/(yaml|xlsx)\/([^"]+)\.(yaml|xlsx)/g, '/$2');
    expect(sameFiles(fromForms)).toBe(sameFiles(fromYaml));
  });

  it('gives the same status from the forms as from the YAML files', async () => {
    const states = async (inbox: string) => {
      const result = await run(['status', inbox, '-f', 'json']);
      const status = JSON.parse(result.stdout) as {
        units: { unit: { code: string }; deadlines: { state: string }[] }[];
      };
      return status.units.map((u) => [u.unit.code, u.deadlines.map((d) => d.state).join()]);
    };
    const fromForms = await states(xlsxInbox);
    expect(fromForms).toEqual(await states(yamlInbox));
    expect(fromForms.filter(([, state]) => state?.includes('submitted'))).toHaveLength(UNITS.length);
  });

  it('imports every form to YAML that validates clean', async () => {
    expect(imported.status).toBe(0);
    const written = readdirSync(join(dir, 'nhap'));
    expect(written).toHaveLength(UNITS.length);
    const first = readFileSync(join(dir, 'nhap', '001-so-noi-vu.yaml'), 'utf8');
    expect(first).toContain('ma_don_vi: "001"');
    expect(first).toContain('ngay_gui: 08/04/2025');
    expect(first.normalize('NFC')).toBe(first);
    cpSync(join(CAMPAIGN, 'ke-hoach.yaml'), join(dir, 'nhap', 'ke-hoach.yaml'));
    cpSync(join(CAMPAIGN, 'danh-muc-don-vi.yaml'), join(dir, 'nhap', 'danh-muc-don-vi.yaml'));
    expect((await run(['validate', join(dir, 'nhap')])).status).toBe(0);
  });
});
