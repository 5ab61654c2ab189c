import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Question } from '../../src/cli/io.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const PRESETS = ['bac-kan-vp-2023', 'phuong-2026-2031', 'vinh-chau-2025', 'vinh-long-2025', 'xa-cong-van-2025-2030'];
// A unit type of each preset, and the code "13" as its registry writes it (do_dai_ma_don_vi; Vĩnh Châu has none).
const CASES: [string, string, string][] = [
  ['bac-kan-vp-2023', 'chi-bo', '13'],
  ['phuong-2026-2031', 'khu-pho', '13'],
  ['vinh-chau-2025', 'ubnd-xa', '13'],
  ['vinh-long-2025', 'ubnd-huyen', '013'],
  ['xa-cong-van-2025-2030', 'chi-bo', '13'],
];
const tempDir = () => mkdtempSync(join(tmpdir(), 'danvan-init-'));
const LONG_HO = ['--plan', 'vinh-long-2025', '--unit', '13', '--unit-name', 'UBND huyện Long Hồ'];

interface JsonReport {
  totals: { errors: number; warnings: number; infos: number };
  diagnostics: { ruleId: string; file: string; start: { line: number } }[];
}

async function validateJson(dir: string): Promise<JsonReport> {
  const io = fakeIo(ROOT);
  await main(['validate', dir, '--today', '20/11/2026', '-f', 'json'], io);
  return JSON.parse(io.out()) as JsonReport;
}

describe('danvan init', () => {
  it.each(CASES)('--plan %s --unit-type %s: a folder without errors, its samples flagged', async (plan, type, code) => {
    const dir = join(tempDir(), 'ho-so');
    const io = fakeIo(ROOT);
    const argv = ['init', dir, '--plan', plan, '--unit', '13', '--unit-name', 'UBND xã Tân Hạnh', '--unit-type', type];
    expect(await main([...argv, '--today', '20/11/2026'], io)).toBe(0);
    expect(io.out()).toContain('Đã tạo:');
    expect(io.out()).toContain(`rồi chạy: danvan validate ${dir}\n`); // the folder, not a placeholder
    expect(readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8')).toContain(`loai_don_vi: ${type}`);
    expect(existsSync(join(dir, 'dang-ky', `${code}.yaml`))).toBe(true);
    const report = await validateJson(dir);
    expect(report.totals.errors).toBe(0);
    expect(report.totals.warnings).toBeGreaterThan(0);
    expect(new Set(report.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['text/placeholder']));
  });

  it('asks nothing and writes nothing when the unit type is missing and the plan has several', async () => {
    const dir = join(tempDir(), 'ho-so');
    const io = fakeIo(ROOT);
    expect(await main(['init', dir, ...LONG_HO], io)).toBe(2);
    expect(io.err()).toContain('thiếu --unit-type: kế hoạch vinh-long-2025 đặt chỉ tiêu theo loại đơn vị');
    expect(io.err()).toMatch(/\n {2}so-nganh {7}Các cơ quan, đơn vị cấp tỉnh .*\(đúng 2 tập thể, đúng 4 cá nhân\)\n/);
    expect(io.err()).toMatch(/\n {2}ubnd-huyen {5}.*\(đúng 5 tập thể, đúng 10 cá nhân\)/);
    expect(existsSync(dir)).toBe(false);
  });

  it('names the choices for an unknown unit type, in English with --lang en', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['--lang', 'en', 'init', join(tempDir(), 'x'), ...LONG_HO, '--unit-type', 'huyen'], io)).toBe(2);
    expect(io.err()).toContain('--unit-type huyen: plan vinh-long-2025 has no such unit type; choose one:');
    expect(io.err()).toContain('(exactly 5 collectives, exactly 10 individuals)');
  });

  it('takes the unit type of a one-type category by the category id', async () => {
    const dir = join(tempDir(), 'ho-so');
    expect(
      await main(
        ['init', dir, ...LONG_HO.slice(0, 4), '--unit-name', 'Sở Tư pháp', '--unit-type', 'co-quan-cap-tinh'],
        fakeIo(ROOT),
      ),
    ).toBe(0);
    expect(readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8')).toContain('loai_don_vi: so-nganh');
  });

  it('refuses to write a placeholder name: --unit-name is required off a terminal', async () => {
    const dir = join(tempDir(), 'ho-so');
    const io = fakeIo(ROOT);
    expect(await main(['init', dir, '--plan', 'vinh-long-2025', '--unit-type', 'so-nganh'], io)).toBe(2);
    expect(io.err()).toContain('--unit-name <tên>');
    expect(existsSync(dir)).toBe(false);
  });

  it('rejects a malformed code or phone given as an option', async () => {
    const io = fakeIo(ROOT);
    expect(
      await main(['init', join(tempDir(), 'x'), ...LONG_HO.slice(0, 2), '--unit', '0 13', '--unit-name', 'A'], io),
    ).toBe(2);
    expect(io.err()).toContain('Mã chỉ gồm chữ, số');
  });

  it('UBND huyện Long Hồ as ubnd-huyen: code 013, 5 + 10 sample rows, status against the real quota', async () => {
    const dir = join(tempDir(), 'long-ho');
    const io = fakeIo(ROOT);
    expect(await main(['init', dir, ...LONG_HO, '--unit-type', 'ubnd-huyen', '--today', '01/04/2025'], io)).toBe(0);
    expect(io.out()).toContain('Mã đơn vị 13 được ghi là 013');
    expect(io.out()).toContain('Đơn vị 013 UBND huyện Long Hồ: loại ubnd-huyen');
    expect(io.out()).toContain('(đúng 5 tập thể, đúng 10 cá nhân)');
    const registration = readFileSync(join(dir, 'dang-ky', '013.yaml'), 'utf8');
    expect(registration).toContain('ma_don_vi: "013"');
    expect(registration.match(/ten_mo_hinh: /g)).toHaveLength(5);
    expect(registration.match(/ho_ten: /g)).toHaveLength(10);
    const status = fakeIo(ROOT);
    await main(['status', dir, '--today', '01/04/2025'], status);
    expect(status.out()).toMatch(/013 +UBND huyện Long Hồ +5\/5 +10\/10/);
  });

  it('writes $schema lines relative to each file, into schema copies that travel with the folder', async () => {
    const dir = join(tempDir(), 'ho-so');
    expect(await main(['init', dir, ...LONG_HO, '--unit-type', 'so-nganh'], fakeIo(ROOT))).toBe(0);
    const moved = join(tempDir(), 'gui-don-vi');
    cpSync(dir, moved, { recursive: true }); // as if zipped and sent to the unit
    const files = ['ke-hoach.yaml', 'danh-muc-don-vi.yaml', 'dang-ky/013.yaml'];
    for (const file of files) {
      const line = readFileSync(join(moved, file), 'utf8').split('\n')[0] ?? '';
      const target = /^# yaml-language-server: \$schema=(.+)$/.exec(line)?.[1] ?? '';
      expect(target, file).not.toMatch(/^\/|^[A-Za-z]:|\\/);
      expect(target, file).not.toContain(ROOT);
      const schema = resolve(dirname(join(moved, file)), target);
      expect(readFileSync(schema, 'utf8')).toBe(
        readFileSync(join(ROOT, 'schemas', schema.split('/').pop() ?? ''), 'utf8'),
      );
    }
    expect(readdirSync(join(moved, '.vscode', 'schemas')).sort()).toEqual([
      'dang-ky.schema.json',
      'danh-muc-don-vi.schema.json',
      'ke-hoach.schema.json',
    ]);
    expect((await validateJson(moved)).totals.errors).toBe(0); // the hidden schema folder is not checked as input
  });

  it('without flags and without a terminal, exits 2 with a hint', () => {
    const r = runCli(['init']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('danvan init <thư_mục> --plan <mã> --unit-name <tên>');
  });

  it('the built binary: Long Hồ without a unit type exits 2 naming the choices, with one it writes 013', () => {
    const cwd = tempDir();
    const refused = runCli(['init', 'ho-so', ...LONG_HO], cwd);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('ubnd-huyen');
    expect(refused.stderr).not.toContain('    at ');
    const made = runCli(['init', 'ho-so', ...LONG_HO, '--unit-type', 'ubnd-huyen'], cwd);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('rồi chạy: danvan validate ho-so\n');
    expect(existsSync(join(cwd, 'ho-so', 'dang-ky', '013.yaml'))).toBe(true);
  });

  it('never overwrites without --force', async () => {
    const dir = tempDir();
    const argv = ['init', dir, '--plan', 'vinh-chau-2025', '--unit-type', 'ubnd-xa'];
    expect(await main([...argv, '--unit-name', 'UBND xã Vĩnh Hải'], fakeIo(ROOT))).toBe(0);
    const before = readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8');
    const io = fakeIo(ROOT);
    expect(await main([...argv, '--unit-name', 'Khác'], io)).toBe(2);
    expect(io.err()).toContain('--force');
    expect(readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8')).toBe(before);
    expect(await main([...argv, '--unit-name', 'Khác', '--force'], fakeIo(ROOT))).toBe(0);
    expect(readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8')).toContain('ten: Khác');
  });
});

// Folders made by an older init still carry its samples; validate points at each, in both languages.
describe('validate on samples an older init wrote', () => {
  const dir = tempDir();
  const text = readFileSync(join(ROOT, 'test/fixtures/valid-registration/dang-ky.yaml'), 'utf8')
    .replace('ten_don_vi: Sở Nội vụ', 'ten_don_vi: Tên đơn vị (sửa lại)')
    .replace('chuc_vu: Chuyên viên', 'chuc_vu: Chức vụ');
  writeFileSync(join(dir, 'dang-ky.yaml'), text);

  it('warns at file:line:col with the rule id', () => {
    const r = runCli(['validate', 'dang-ky.yaml'], dir);
    expect(r.status).toBe(0); // a warning: the file is readable, only not finished
    expect(r.stdout).toContain(
      'dang-ky.yaml:5:13  cảnh báo  "Tên đơn vị (sửa lại)" là chữ mẫu do danvan init ghi, chưa được thay bằng nội dung thật',
    );
    expect(r.stdout).toContain('[text/placeholder]');
    expect(r.stdout).toMatch(/dang-ky\.yaml:17:14 {2}cảnh báo {2}"Chức vụ" là chữ mẫu/);
  });

  it('in English with --lang en', () => {
    const r = runCli(['validate', 'dang-ky.yaml', '--lang', 'en'], dir);
    expect(r.stdout).toContain('"Tên đơn vị (sửa lại)" is a sample value written by danvan init and not yet replaced');
  });
});

describe('danvan init on a terminal', () => {
  // The fake terminal answers by question name and records each round of questions.
  const terminal = (answers: Record<string, string>) => {
    const rounds: (readonly Question[])[] = [];
    const io = fakeIo(ROOT, {}, true, async (questions) => {
      rounds.push(questions);
      return answers;
    });
    return { io, rounds, byName: () => Object.fromEntries(rounds.flat().map((q) => [q.name, q])) };
  };

  it('without flags asks the plan, then folder, unit, its type and contact, checking each answer', async () => {
    const dir = join(tempDir(), 'ho-so-tuong-tac');
    const t = terminal({
      plan: 'vinh-long-2025',
      dir,
      unitCode: ' 7 ',
      unitName: 'Sở Tư pháp',
      unitType: 'so-nganh',
      contactName: 'Lê Thị Mai',
      phone: '0270 3822 123',
    });
    expect(await main(['init'], t.io)).toBe(0);
    expect(t.rounds.map((round) => round.map((q) => q.name))).toEqual([
      ['plan'],
      ['dir', 'unitCode', 'unitName', 'unitType', 'contactName', 'phone'],
    ]);
    const byName = t.byName();
    expect(byName.plan?.choices?.map((c) => c.value)).toEqual(PRESETS);
    expect(byName.plan?.default).toBeUndefined();
    expect(byName.unitCode?.default).toBe('001');
    expect(byName.unitCode?.validate?.('0 07')).toContain('Mã chỉ gồm');
    expect(byName.unitCode?.validate?.('007')).toBe(true);
    expect(byName.unitName?.default).toBeUndefined(); // no placeholder to accept with Enter
    expect(byName.unitName?.validate?.('  ')).toBe('Không được để trống.');
    expect(byName.unitType?.choices?.map((c) => c.value)).toEqual(['so-nganh', 'nganh-dac-thu', 'ubnd-huyen']);
    expect(byName.unitType?.choices?.[2]?.name).toContain('(đúng 5 tập thể, đúng 10 cá nhân)');
    expect(byName.phone?.validate?.('12')).toContain('Số điện thoại');
    expect(byName.phone?.validate?.('')).toBe(true);
    const registration = readFileSync(join(dir, 'dang-ky', '007.yaml'), 'utf8');
    expect(registration).toContain('ma_don_vi: "007"');
    expect(registration).toContain('dien_thoai: 0270 3822 123');
    expect(registration.match(/ten_mo_hinh: /g)).toHaveLength(2);
  });

  it('opens the plan list on a plan given in part, and asks only what the options left out', async () => {
    const dir = join(tempDir(), 'ho-so');
    const t = terminal({ plan: 'vinh-long-2025', unitType: 'ubnd-huyen' });
    expect(
      await main(
        [
          'init',
          dir,
          '--plan',
          'vinh-long',
          '--unit',
          '13',
          '--unit-name',
          'UBND huyện Long Hồ',
          '--contact',
          'A',
          '--phone',
          '0270 3822 123',
        ],
        t.io,
      ),
    ).toBe(0);
    expect(t.rounds.map((round) => round.map((q) => q.name))).toEqual([['plan'], ['unitType']]);
    expect(t.byName().plan?.default).toBe('vinh-long-2025');
    expect(readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8')).toContain('loai_don_vi: ubnd-huyen');
  });

  it('asks nothing when the options answer everything', async () => {
    const t = terminal({});
    const dir = join(tempDir(), 'hồ sơ 2025');
    expect(await main(['--lang', 'en', 'init', dir, ...LONG_HO, '--unit-type', 'so-nganh'], t.io)).toBe(0);
    expect(t.rounds).toEqual([]);
    expect(t.io.out()).toContain('Unit code 13 written as 013');
    expect(t.io.out()).toContain('(exactly 2 collectives, exactly 4 individuals)');
    expect(t.io.out()).toContain(`then run: danvan validate "${dir}"\n`); // quoted: the folder has spaces
  });
});

// Issue 12: a name danvan would write must pass danvan validate; a code must be one the plan's registry can hold.
describe('danvan init cleans names and refuses codes the plan cannot hold', () => {
  const initArgs = (dir: string, name: string, more: string[] = []) => [
    'init',
    dir,
    '--plan',
    'vinh-long-2025',
    '--unit-name',
    name,
    '--unit-type',
    'so-nganh',
    ...more,
  ];

  it('a name of only U+200B or spaces is refused, the character shown', async () => {
    const dir = join(tempDir(), 'ho-so');
    const io = fakeIo(ROOT);
    expect(await main(initArgs(dir, '\u200b \u00a0'), io)).toBe(2);
    expect(io.err()).toContain('--unit-name "‹U+200B› ‹U+00A0›"');
    expect(io.err()).toContain('chỉ có khoảng trắng hoặc ký tự ẩn');
    expect(existsSync(dir)).toBe(false);
  });

  it('NBSP, U+200B and line breaks in a name are cleaned before writing; the folder validates', async () => {
    const dir = join(tempDir(), 'ho-so');
    const io = fakeIo(ROOT);
    const more = ['--contact', 'Nguyễn\u00a0Văn\nAn'];
    expect(await main(initArgs(dir, 'Sở\u00a0Nội  vụ\u200b\ntỉnh', more), io)).toBe(0);
    const registry = readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8');
    expect(registry).toContain('ten: Sở Nội vụ tỉnh\n');
    expect(readFileSync(join(dir, 'dang-ky', '001.yaml'), 'utf8')).toContain('ho_ten: Nguyễn Văn An\n');
    const report = await validateJson(dir);
    expect(report.totals.errors).toBe(0);
    expect(report.diagnostics.map((d) => d.ruleId)).not.toContain('text/invisible-character');
  });

  it.each(['0013', '1234'])('--unit %s is longer than the plan’s 3-digit codes: refused', async (code) => {
    const dir = join(tempDir(), 'ho-so');
    const io = fakeIo(ROOT);
    expect(await main(initArgs(dir, 'Sở Nội vụ', ['--unit', code]), io)).toBe(2);
    expect(io.err()).toContain(`mã đơn vị ${code} dài hơn mã trong danh mục của kế hoạch vinh-long-2025 (3 chữ số`);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('status of a folder just made by init', () => {
  it('does not say "ổn" while the registration holds init sample text: it says so and why', async () => {
    const dir = join(tempDir(), 'ho-so');
    expect(
      await main(
        ['init', dir, '--plan', 'vinh-long-2025', '--unit-name', 'Sở Nội vụ', '--unit-type', 'so-nganh'],
        fakeIo(ROOT),
      ),
    ).toBe(0);
    const io = fakeIo(ROOT);
    expect(await main(['status', dir, '--today', '20/04/2025'], io)).toBe(0);
    expect(io.out()).toMatch(/^001 +Sở Nội vụ +2\/2 +4\/4 +đã nộp .* còn chữ mẫu$/m);
    expect(io.out()).not.toMatch(/ ổn$/m);
    expect(io.out()).toContain('1 đơn vị còn chữ mẫu do danvan init ghi');
  });
});
