import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import type { CliResult } from '../helpers/run-cli.js';

// danvan report counts every report a unit sent, whatever its errors: a late one as late, its content compiled; one
// whose file structure is wrong as received, its content withheld. The errors are printed, and the exit code is 1.

const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const folded = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

function edit(file: string, from: RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!from.test(text)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

describe('seed 003: Phường 1’s yearly report 3 days late, Khánh Hòa’s with an unknown field', () => {
  const state = { pdf: '', text: '', result: undefined as unknown as CliResult };
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-report-received-'));
    const inbox = join(dir, 'vc');
    cpSync(join(ROOT, 'examples/vinh-chau-2025'), inbox, { recursive: true });
    edit(join(inbox, 'bao-cao/03.01-ubnd-phuong-1-ca-nam.yaml'), /^ngay_gui: .*$/m, 'ngay_gui: 03/10/2025');
    edit(
      join(inbox, 'bao-cao/03.02-ubnd-phuong-khanh-hoa-ca-nam.yaml'),
      /^ngay_gui: (.*)$/m,
      'ngay_gui: $1\nbien_tap: x',
    );
    state.pdf = join(dir, 'bc.pdf');
    state.result = runCli(
      ['report', 'vc', '--ky', 'ca-nam', '--today', '15/10/2025', '-o', 'bc.pdf', '-f', 'pdf'],
      dir,
    );
    if (hasPoppler) state.text = folded(state.pdf);
  }, 60_000);

  it('counts both as received, the late one as late, and exits 1 printing both errors', () => {
    expect(state.result.status).toBe(1);
    expect(state.result.stdout).toContain('7/7 đơn vị đã gửi, 1 muộn, 0 chưa gửi');
    expect(state.result.stderr).toMatch(/03\.01-ubnd-phuong-1-ca-nam\.yaml:\d+:\d+ +lỗi .*\[deadline\/late\]/);
    expect(state.result.stderr).toMatch(
      /03\.02-ubnd-phuong-khanh-hoa-ca-nam\.yaml:\d+:\d+ +lỗi .*\[schema\/unknown-field\]/,
    );
  });

  it.runIf(hasPoppler)('compiles the late report’s content and withholds the malformed one’s, saying so', () => {
    expect(state.text).toContain(
      '07/07 cơ quan, đơn vị: 06 đơn vị gửi đúng hạn, 01 đơn vị gửi muộn, 0 đơn vị chưa gửi',
    );
    expect(state.text).toContain('Ủy ban nhân dân Phường 1: gửi muộn 3 ngày.');
    expect(state.text).not.toContain('Phường 1: chưa gửi');
    // Its content, from 03.01-ubnd-phuong-1-ca-nam.yaml.
    expect(state.text).toContain('Ủy ban nhân dân Phường 1: Tiếp nhận 5.468 hồ sơ');
    expect(state.text).toContain(
      'Ủy ban nhân dân phường Khánh Hòa: báo cáo sai cấu trúc tệp, chưa tổng hợp được nội dung; đề nghị đơn vị sửa, gửi lại.',
    );
    expect(state.text).not.toContain('Ủy ban nhân dân phường Khánh Hòa: Tiếp nhận 2.514 hồ sơ');
    expect(state.text).toMatch(/Muộn 3 ngày/);
    expect(state.text).toMatch(/Đúng hạn; sai cấu trúc/);
  });
});

describe('a period or year the plan does not have is a usage error (exit 2), nothing written', () => {
  it.each([
    ['bac-kan-vp-2023', ['--ky', '6-thang'], 'vi', 'danvan: kế hoạch không có kỳ báo cáo 6 tháng (chỉ có: năm)'],
    ['phuong-2026-2031', ['--ky', '6-thang'], 'en', 'danvan: the plan has no 6-month report (only: yearly)'],
    ['phuong-2026-2031', ['--nam', '2025'], 'vi', 'danvan: năm 2025 ngoài thời gian của kế hoạch 2026–2031'],
    ['bac-kan-vp-2023', ['--nam', '2024'], 'en', "danvan: year 2024 is outside the plan's years 2023"],
  ])('%s %s', (example, args, lang, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-report-usage-'));
    const result = runCli(['report', join(ROOT, 'examples', example), '-o', 'bc.pdf', '--lang', lang, ...args], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(message);
    expect(existsSync(join(dir, 'bc.pdf'))).toBe(false);
  });
});

describe('seed 001, 2027: a report naming its models by code only', () => {
  it.runIf(hasPoppler)('prints each model’s name from the register, not its code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-report-names-'));
    const inbox = join(dir, 'p');
    cpSync(join(ROOT, 'examples/phuong-2026-2031'), inbox, { recursive: true });
    const lastYear = readFileSync(join(inbox, 'bao-cao/06-khu-pho-7.yaml'), 'utf8');
    const header = lastYear.slice(0, lastYear.indexOf('ket_qua_mo_hinh:')).replace(/2026/g, '2027');
    writeFileSync(
      join(inbox, 'bao-cao/06-khu-pho-7-2027.yaml'),
      `${header}ket_qua_mo_hinh:\n  - ma_mo_hinh: MH01\n    ket_qua: Duy trì 96 bóng đèn.\n    de_xuat: duy-tri\n`,
    );
    const result = runCli(['report', 'p', '--nam', '2027', '--today', '01/12/2027', '-o', 'bc.pdf', '-f', 'pdf'], dir);
    expect(result.stderr).toBe('');
    const text = folded(join(dir, 'bc.pdf'));
    // MH01 of Khu phố 7 is registered in 2026 as “Đường hoa, đèn sáng – khu phố văn minh”.
    expect(text).toContain('Mô hình “Đường hoa, đèn sáng – khu phố văn minh” (Khu phố 7): Duy trì 96 bóng đèn.');
    expect(text).toContain('Khu phố 7 Mô hình Đường hoa, đèn sáng – khu phố văn minh'); // the review table
    expect(text).not.toContain('MH01');
  });
});
