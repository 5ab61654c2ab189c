import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/app/consolidation.js';
import { runCli } from '../helpers/run-cli.js';

const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const tmp = () => mkdtempSync(join(tmpdir(), 'danvan-dossier-'));

describe('danvan dossier: Tờ trình with its Phụ lục (Vĩnh Long)', () => {
  const dir = tmp();
  const merged = join(dir, 'tong-hop.json');
  runCli(['merge', 'examples/vinh-long-2025', '--out', merged]);
  const out = join(dir, 'ho-so');
  const result = runCli(['dossier', merged, '--out', out, '--unit', '001,009']);
  const pdf = join(out, '001-to-trinh.pdf');
  const nominees = (JSON.parse(readFileSync(merged, 'utf8')) as Consolidation).nominees.filter((n) => n.unit === '001');

  it('writes one PDF per chosen unit, exit 0', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('001-to-trinh.pdf');
    expect(result.stdout).toContain('009-to-trinh.pdf');
    expect(result.stdout).toContain('001-bien-ban.pdf');
    expect(result.stdout).toContain('001-cham-diem.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.runIf(hasPoppler)('reads as the officer expects: ND30 headings, number, date, names, the appendix', () => {
    // Lines wrap where the page ends: compare on text with runs of white space folded.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TỜ TRÌNH',
      'Kính gửi: Sở Nội vụ tỉnh Vĩnh Long',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
      'Vĩnh Long, ngày 08 tháng 12 năm 2025',
      'Nơi nhận:',
      'Phụ lục',
      'DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      '01 tập thể và 02 cá nhân',
    ]) {
      expect(text).toContain(expected);
    }
    for (const n of nominees) expect(text).toContain(n.name);
  });

  it.runIf(hasPoppler)(
    'writes the Biên bản with each vote share against the plan threshold, signed by the secretary and the chair',
    () => {
      const text = execFileSync('pdftotext', [join(out, '001-bien-ban.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      for (const expected of [
        'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
        'BIÊN BẢN',
        'Số: 11/BB-HĐTĐKT',
        'III. KẾT QUẢ BIỂU QUYẾT',
        'ngưỡng của kế hoạch: 90%',
        '90,9%',
        'Đạt',
        'THƯ KÝ',
        'CHỦ TRÌ',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  it.runIf(hasPoppler)('writes the Bản chấm điểm with totals and band from the rubric', () => {
    const text = execFileSync('pdftotext', [join(out, '001-cham-diem.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const expected of [
      'BẢN CHẤM ĐIỂM',
      'Tổng cộng',
      '84,25',
      '92,75',
      'Xếp loại: Tốt',
      'Chưa gửi kèm biên bản hội nghị cán bộ',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.runIf(hasPoppler)(
    "writes the plan's 02 sets, each opening with a contents page that gives every part's pages",
    () => {
      const pagesOf = (file: string) =>
        Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, file)], { encoding: 'utf8' }))?.[1]);
      const parts = ['001-to-trinh.pdf', '001-bien-ban.pdf', '001-bao-cao.pdf', '001-cham-diem.pdf'].map(pagesOf);
      for (const set of [1, 2]) {
        const file = `001-ho-so-bo-${set}.pdf`;
        expect(pagesOf(file)).toBe(1 + parts.reduce((a, b) => a + b, 0));
        const contents = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(out, file), '-'], {
          encoding: 'utf8',
        }).replace(/\s+/g, ' ');
        expect(contents).toContain('MỤC LỤC HỒ SƠ');
        expect(contents).toContain(`Bộ số 0${set}/02`);
        expect(contents).toContain(`Tờ trình kèm danh sách đề nghị khen thưởng 1602/TTr-SNV 2–${1 + (parts[0] ?? 0)}`);
        expect(contents).not.toContain('Số: 1602/TTr-SNV');
      }
    },
  );

  it.runIf(hasPoppler)('is A4 with every font embedded, page numbers from page 2', () => {
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) expect(line).toMatch(/Tinos.*yes\s+yes\s+yes/);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    const secondPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(firstPage.trimStart().startsWith('1')).toBe(false);
    expect(secondPage.trimStart().startsWith('2')).toBe(true);
  });

  it('is byte-identical across runs and time zones', () => {
    const again = join(tmp(), 'lan-2');
    expect(
      runCli(['dossier', merged, '--out', again, '--unit', '001'], undefined, { TZ: 'America/New_York' }).status,
    ).toBe(0);
    expect(readFileSync(join(again, '001-to-trinh.pdf')).equals(readFileSync(pdf))).toBe(true);
  });

  it('never overwrites without --force', () => {
    const r = runCli(['dossier', merged, '--out', out, '--unit', '001']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
  });
});

describe.runIf(hasPoppler)("danvan dossier: the receiving body's summary over every unit", () => {
  it("writes one Tờ trình for the province with every unit's nominees, their unit and vote", () => {
    const dir = tmp();
    const merged = join(dir, 'tong-hop.json');
    runCli(['merge', 'examples/vinh-long-2025', '--out', merged]);
    const out = join(dir, 'ho-so');
    expect(runCli(['dossier', merged, '--out', out, '--today', '20/12/2025']).status).toBe(0);
    const text = execFileSync('pdftotext', [join(out, 'tong-hop-to-trinh.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Vĩnh Long, ngày 20 tháng 12 năm 2025');
    expect(text).toContain('hồ sơ đề nghị khen thưởng của 15 cơ quan, đơn vị, địa phương');
    expect(text).toContain('Sở Nội vụ kính trình Ủy ban nhân dân tỉnh Vĩnh Long xem xét');
    expect(text).toContain('20 tập thể và 29 cá nhân');
    for (const unit of ['Công an tỉnh', 'Sở Y tế', 'UBND huyện Trà Ôn']) expect(text).toContain(unit);
  });
});

describe('danvan dossier: completeness', () => {
  const dir = tmp();
  const inbox = join(dir, 'hop-thu');
  cpSync('examples/vinh-long-2025', inbox, { recursive: true });
  rmSync(join(inbox, 'bien-ban', '003-so-tu-phap.yaml'));
  const merged = join(dir, 'tong-hop.json');
  runCli(['merge', inbox, '--out', merged]);

  it('does not produce a dossier that lacks a required part or a vote, and says where', () => {
    const out = join(dir, 'ho-so');
    const r = runCli(['dossier', merged, '--out', out, '--unit', '003,004']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /de-nghi\/003-so-tu-phap\.yaml:1:1 {2}lỗi {2}Hồ sơ khen thưởng của đơn vị 003 thiếu Biên bản họp bình xét/,
    );
    expect(r.stderr).toMatch(
      /de-nghi\/003-so-tu-phap\.yaml:\d+:\d+ {2}lỗi {2}".+" \(đơn vị 003\) không có kết quả biểu quyết.*\[dossier\/no-vote\]/,
    );
    expect(existsSync(join(out, '003-to-trinh.pdf'))).toBe(false);
    expect(existsSync(join(out, '004-to-trinh.pdf'))).toBe(true);
  });

  it.runIf(hasPoppler)('with --allow-incomplete, produces it and marks the missing part plainly', () => {
    const out = join(dir, 'ho-so-thieu');
    const r = runCli(['dossier', merged, '--out', out, '--unit', '003', '--allow-incomplete']);
    expect(r.status).toBe(1);
    const text = execFileSync('pdftotext', [join(out, '003-bien-ban.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('BIÊN BẢN HỌP BÌNH XÉT CÒN THIẾU');
    expect(text).toContain('Đơn vị cần bổ sung trước khi trình.');
  });
});
