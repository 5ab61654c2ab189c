import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/core/consolidation.js';
import { runCli } from '../helpers/run-cli.js';
import type { CliResult } from '../helpers/run-cli.js';

// Issue 13: merge keeps a register of models across years, and danvan excel lists it. Seed 001's phường example
// (2026: 9 models, each reviewed in its unit's yearly report) is merged, then that dataset is merged again with a
// 2027 inbox (test/fixtures/model-register/hop-thu-2027): Khu phố 7 registers again the model its 2026 report
// removed, and the Mặt trận still sends under the former commune's code NP.03.

const INBOX_2027 = 'test/fixtures/model-register/hop-thu-2027';

async function sheetRows(path: string, name: string): Promise<{ sheet: ExcelJS.Worksheet; rows: unknown[][] }> {
  const book = new ExcelJS.Workbook();
  // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(name) as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  // Table rows start with their STT (a number) under the header row 9; a multi-line cell is an inline rich text.
  sheet.eachRow((row, n) => {
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) =>
        v && typeof v === 'object' && 'richText' in v
          ? (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')
          : v,
      );
    if (n > 9 && typeof values[0] === 'number') rows.push(values);
  });
  return { sheet, rows };
}

describe('the register of models across years (seed 001, Đảng ủy phường)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-register-'));
  const y2026 = join(dir, 'tong-hop-2026.json');
  const y2027 = join(dir, 'tong-hop-2027.json');
  const xlsx = join(dir, 'tong-hop-2027.xlsx');
  const run = {} as Record<'first' | 'second' | 'excel', CliResult>;
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Consolidation;
  beforeAll(() => {
    run.first = runCli(['merge', 'examples/phuong-2026-2031', '--out', y2026, '--today', '20/12/2026']);
    run.second = runCli(['merge', y2026, INBOX_2027, '--out', y2027, '--today', '01/11/2027']);
    run.excel = runCli(['excel', y2027, '--out', xlsx]);
  }, 60_000);

  it('2026: one entry per registered model, in the state its unit’s yearly report proposed', () => {
    expect(run.first.status).toBe(0);
    const register = read(y2026).modelRegister ?? [];
    // de_xuat in the six reports: 5 duy-tri, 2 nang-chat, 1 cong-nhan-lai, 1 thanh-loai.
    const states = register.map((m) => m.state).sort();
    expect(states).toEqual([
      'cong-nhan-lai',
      'duy-tri',
      'duy-tri',
      'duy-tri',
      'duy-tri',
      'duy-tri',
      'nang-chat',
      'nang-chat',
      'thanh-loai',
    ]);
    const garden = register.find((m) => m.unit === '06' && m.code === 'MH02');
    expect(garden).toMatchObject({ name: 'Vườn rau sạch hộ gia đình', field: 'kinh-te', registeredIn: 2026 });
    expect(garden?.history.map((e) => [e.year, e.event, e.file])).toEqual([
      [2026, 'dang-ky', 'examples/phuong-2026-2031/dang-ky/06-khu-pho-7.yaml'],
      [2026, 'thanh-loai', 'examples/phuong-2026-2031/bao-cao/06-khu-pho-7.yaml'],
    ]);
  });

  it('2027: carries the register on from last year’s dataset and flags the removed model at its new registration', () => {
    expect(run.second.status).toBe(0);
    const text = readFileSync(join(INBOX_2027, 'dang-ky-06-2027.yaml'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('ma: MH02')) + 1;
    expect(run.second.stdout).toContain(
      `${INBOX_2027}/dang-ky-06-2027.yaml:${line}:9  cảnh báo  Mô hình "MH02" đã được đề nghị thanh loại trong báo cáo năm 2026 nhưng lại được đăng ký.  [review/removed-registered-again]`,
    );
    const merged = read(y2027);
    expect(merged.diagnostics.filter((d) => d.ruleId === 'review/removed-registered-again')).toHaveLength(1);
    const register = merged.modelRegister ?? [];
    expect(register).toHaveLength(10); // the 9 of 2026 and Khu phố 7's new MH03
    const garden = register.find((m) => m.unit === '06' && m.code === 'MH02');
    expect(garden?.history.map((e) => [e.year, e.event, e.reason])).toEqual([
      [2026, 'dang-ky', undefined],
      [2026, 'thanh-loai', undefined],
      [2027, 'dang-ky', undefined],
      [2027, 'cong-nhan-lai', 'Đã khắc phục nguồn nước tưới, đạt 95% mục tiêu'],
    ]);
    expect([garden?.state, garden?.registeredAgainAfterRemoval]).toEqual(['cong-nhan-lai', 2026]);
  });

  it('counts a report sent under a former commune’s code for the unit that absorbed it', () => {
    const sorting = read(y2027).modelRegister?.find((m) => m.unit === '03' && m.code === 'MH02');
    expect(sorting?.history.map((e) => [e.year, e.event, e.reason])).toEqual([
      [2026, 'dang-ky', undefined],
      [2026, 'cong-nhan-lai', undefined],
      [2027, 'thanh-loai', 'Các tổ tự quản ngừng hoạt động sau khi có dịch vụ thu gom'],
    ]);
  });

  it('Excel lists the register on a print-ready "Rà soát mô hình" sheet, after the models', async () => {
    expect(run.excel.status).toBe(0);
    const { sheet, rows } = await sheetRows(xlsx, 'Rà soát mô hình');
    const book = sheet.workbook.worksheets.map((w) => w.name);
    expect(book.slice(0, 3)).toEqual(['Tổng hợp', 'Danh sách tập thể', 'Rà soát mô hình']);
    expect(sheet.getRow(1).getCell(1).value).toBe('ĐẢNG ỦY PHƯỜNG');
    expect(sheet.getRow(5).getCell(1).value).toBe(
      'SỔ THEO DÕI MÔ HÌNH "DÂN VẬN KHÉO": ĐĂNG KÝ VÀ KẾT QUẢ RÀ SOÁT HẰNG NĂM',
    );
    expect((sheet.getRow(9).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Đơn vị',
      'Mã mô hình',
      'Tên mô hình',
      'Lĩnh vực',
      'Năm đăng ký',
      'Kết quả rà soát từng năm (lý do)',
      'Hiện trạng',
    ]);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '9:9',
    });
    expect(rows).toHaveLength(10);
    // Units in Vietnamese order: Chi bộ…, Đảng bộ…, Đoàn…, Khu phố 7, Trung tâm…, Ủy ban MTTQ.
    expect(rows.find((r) => r[1] === 'Khu phố 7' && r[2] === 'MH02')).toEqual([
      6,
      'Khu phố 7',
      'MH02',
      'Vườn rau sạch hộ gia đình',
      'Kinh tế',
      2026,
      '2026: Thanh loại\n2027: Đăng ký lại\n2027: Công nhận lại – Đã khắc phục nguồn nước tưới, đạt 95% mục tiêu',
      'Công nhận lại\n(đăng ký lại sau khi thanh loại năm 2026)',
    ]);
    expect(rows.at(-1)).toEqual([
      10,
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
      'MH02',
      'Tổ tự quản phân loại rác tại nguồn',
      'Văn hóa - xã hội',
      2026,
      '2026: Công nhận lại\n2027: Thanh loại – Các tổ tự quản ngừng hoạt động sau khi có dịch vụ thu gom',
      'Thanh loại',
    ]);
  });
});
