import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Issue 12, case 7: the wrong kind of file names what the command reads and the command that makes it.
describe('a file of the wrong kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-kinds-'));
  writeFileSync(join(dir, 'tong-hop.xlsx'), 'PK\u0003\u0004 not really a workbook');
  writeFileSync(join(dir, 'khac.json'), '{"a": 1}');

  it.each([
    [['excel', 'tong-hop.xlsx', '--out', 'ra.xlsx'], 'ra.xlsx', 'danvan merge <hộp thư> --out tong-hop.json'],
    [['dossier', 'tong-hop.xlsx', '--out', 'ho-so'], 'ho-so', 'danvan merge <hộp thư>'],
    [['merge', 'tong-hop.xlsx', '--out', 'ra.json'], 'ra.json', 'danvan merge đọc hồ sơ YAML (.yaml, .yml)'],
    [
      ['excel', 'khac.json', '--out', 'ra.xlsx'],
      'ra.xlsx',
      'không phải tệp tổng hợp do danvan merge tạo ra; chạy trước',
    ],
  ])('%j: exit 2, says what to give, writes nothing', async (argv, output, hint) => {
    const io = fakeIo(dir);
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(hint);
    expect(io.out()).not.toContain('Đã ghi');
    expect(existsSync(join(dir, output))).toBe(false);
  });

  it('in English with --lang en', async () => {
    const io = fakeIo(dir);
    await main(['--lang', 'en', 'excel', 'tong-hop.xlsx', '--out', 'ra.xlsx'], io);
    expect(io.err()).toContain('make the .json with: danvan merge <inbox> --out tong-hop.json');
  });
});

// Issue 12, case 5: a name stored decomposed (copied from a Mac) is found by the same pattern typed composed.
describe('file names from macOS', () => {
  it('validate "hop-thu/**/Đăng ký*.yaml" finds a file whose name is stored NFD', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-nfd-'));
    mkdirSync(join(dir, 'hop-thu', '01'), { recursive: true });
    cpSync(
      join(ROOT, 'test/fixtures/valid-registration/dang-ky.yaml'),
      join(dir, 'hop-thu', '01', 'Đăng ký Sở Nội vụ.yaml'.normalize('NFD')),
    );
    const io = fakeIo(dir);
    expect(await main(['validate', 'hop-thu/**/Đăng ký*.yaml'], io)).toBe(0);
    expect(io.out()).toContain('Đã kiểm tra 1 tệp');
  });

  it('the built binary: a folder stored NFD is matched by its name typed composed, in a pattern or as a path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-nfd-'));
    const folder = join(dir, 'hộp-thư'.normalize('NFD'), 'Đợt 1'.normalize('NFD'));
    mkdirSync(folder, { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/valid-registration/dang-ky.yaml'), join(folder, 'Đăng ký.yaml'.normalize('NFD')));
    for (const typed of ['hộp-thư/**/Đăng ký*.yaml', 'hộp-thư/Đợt 1/*.yaml', 'hộp-thư']) {
      const r = runCli(['validate', typed], dir);
      expect(r.stderr, typed).toBe('');
      expect(r.status, typed).toBe(0);
      expect(r.stdout, typed).toContain('Đã kiểm tra 1 tệp');
    }
  });
});
