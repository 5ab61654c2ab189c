import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

// Issue 12: an input of the wrong kind never gives a silent or empty result; the command says what it needs.
const work = mkdtempSync(join(tmpdir(), 'danvan-kinds-'));
const inbox = join(work, 'vl');

async function run(args: string[]) {
  const io = fakeIo(work, { DANVAN_LANG: 'vi' });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(async () => {
  cpSync(join(ROOT, 'test/fixtures/valid-registration'), inbox, { recursive: true });
  cpSync(join(ROOT, 'templates/plans/vinh-long-2025.yaml'), join(work, 'ke-hoach.yaml'));
  writeFileSync(join(work, 'x.xlsx'), 'not really a workbook');
  expect((await run(['merge', 'vl', '--out', 'th.json'])).code).toBe(0);
});

describe('a file of another kind: refused with what the command reads, nothing written', () => {
  it.each([
    [
      'report of an .xlsx',
      ['report', 'x.xlsx', '--plan', 'vinh-long-2025', '--out', 'r.pdf'],
      'r.pdf',
      'không đọc được ở đây',
    ],
    [
      'excel of a plan and a registry only',
      ['excel', 'ke-hoach.yaml', 'vl/danh-muc-don-vi.yaml', '--out', 'e3.xlsx'],
      'e3.xlsx',
      'không có hồ sơ nào của đơn vị',
    ],
    [
      'import of a YAML file',
      ['import', 'vl/danh-muc-don-vi.yaml', '--out', 'imp'],
      'imp',
      'không phải biểu mẫu Excel',
    ],
    ['import of a merged dataset', ['import', 'th.json', '--out', 'imp'], 'imp', 'không phải biểu mẫu Excel'],
    [
      'import of a folder without forms',
      ['import', 'vl', '--out', 'imp'],
      'imp',
      'không có biểu mẫu Excel (.xlsx) nào',
    ],
  ])('%s', async (_name, args, output, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(existsSync(join(work, output))).toBe(false);
    expect(existsSync(join(work, output.replace(/\.pdf$/, '.docx')))).toBe(false);
  });
});

describe('a merged dataset given where submissions are read: named as such, with where it belongs', () => {
  it('validate', async () => {
    const r = await run(['validate', 'th.json']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('tệp tổng hợp do danvan merge tạo ra');
    expect(r.out).toContain('[document/merged-dataset]');
    expect(r.out).not.toContain('document/missing-kind');
  });

  it('score', async () => {
    const r = await run(['score', 'th.json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('th.json: Đây là tệp tổng hợp do danvan merge tạo ra');
  });

  it('in English', async () => {
    const r = await run(['validate', 'th.json', '--lang', 'en']);
    expect(r.out).toContain('consolidated dataset written by danvan merge');
  });
});
