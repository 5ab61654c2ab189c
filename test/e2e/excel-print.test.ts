import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { convertWithLibreOffice, hasLibreOffice } from '../helpers/libreoffice.js';
import { ROOT } from '../helpers/run-cli.js';

const squeeze = (text: string) => text.replace(/\s+/g, '');

// The test: print the summary through LibreOffice (what an officer's "Print" does) and check that every
// cell's text is on paper whole. LibreOffice leaves out what a cell cannot show (a clipped line, the lines below a
// row's height), so a missing word here is a word missing on paper. Converted once; every assertion reads the result.
describe.runIf(hasLibreOffice)('the summary workbook printed to PDF by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-print-'));
  const xlsx = join(dir, 'tong-hop.xlsx');
  const pdf = join(dir, 'tong-hop.pdf');
  let text = '';
  let pages: string[] = [];
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    // In-process (the spawned binary is covered by excel.test.ts): the LibreOffice conversion is the time to spend.
    const signers = ['--prepared-by', 'Lê Thị Hoa', '--signer', 'Nguyễn Văn Hùng', '--signer-title', 'Giám đốc'];
    const campaign = join(ROOT, 'examples/vinh-long-2025');
    expect(await main(['excel', campaign, '--out', xlsx, ...signers], fakeIo(ROOT))).toBe(0);
    // Its own LibreOffice profile: with the suite's two workers, a conversion elsewhere (dossier-docx) would
    // otherwise take this one over and print nothing.
    convertWithLibreOffice([xlsx], dir, dir);
    text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    pages = text.split('\f').filter((page) => page.trim() !== '');
    workbook = new ExcelJS.Workbook();
    // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
  }, 120_000);

  it('prints every text and whole-number cell of every sheet whole', () => {
    const printed = squeeze(text);
    const missing: string[] = [];
    let checked = 0;
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) return;
          checked += 1;
          if (!printed.includes(squeeze(String(value)))) missing.push(`${ws.name}!${cell.address}: ${String(value)}`);
        }),
      );
    }
    expect(checked).toBeGreaterThan(1_000);
    expect(missing).toEqual([]);
  });

  it('prints on A4 landscape, rows flowing over several pages at a readable size', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(pages.length).toBeGreaterThan(8);
    // Word boxes give the printed size: body text at 13 pt scaled to the page width must stay above 9 pt.
    const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    const heights = [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Sở</g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    );
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThan(9);
  });

  it('numbers every page in the footer and repeats the table header on every page of a sheet', () => {
    expect(pages.every((page) => /Trang \d+/.test(page))).toBe(true);
    const proposalPages = pages.filter((page) => squeeze(page).includes('Tómtắtthànhtích'));
    expect(proposalPages.length).toBeGreaterThan(1);
  });

  it('opens each sheet with the title block and ends it with the signature area', () => {
    const firstPage = squeeze(pages[0] as string);
    for (const line of [
      'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Vĩnh Long, ngày 20 tháng 4 năm 2025',
      'BẢNG TỔNG HỢP ĐĂNG KÝ, BÁO CÁO VÀ KẾT QUẢ CHẤM ĐIỂM CỦA CÁC ĐƠN VỊ',
      'Kế hoạch số 553/QĐ-UBND ngày 02/04/2025',
      'Năm 2025',
    ]) {
      expect(firstPage).toContain(squeeze(line));
    }
    const signatures = text.split('NGƯỜI LẬP BIỂU').length - 1;
    expect(signatures).toBe(workbook.worksheets.length);
    expect(squeeze(text)).toContain(squeeze('GIÁM ĐỐC'));
    expect(text.split('Nguyễn Văn Hùng').length - 1).toBeGreaterThanOrEqual(workbook.worksheets.length);
  });

  it('shows totals computed by LibreOffice only where they mean something, and shares rounded half-up', () => {
    expect(text).toMatch(/Tổng cộng 51 51 102 102/);
    expect(text.match(/Tổng cộng/g)).toHaveLength(1);
    expect(text).not.toMatch(/quoc-phong-an-ninh|kinh-te/);
  });
});
