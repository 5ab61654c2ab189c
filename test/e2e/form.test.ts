import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

const CAMPAIGN = join(ROOT, 'examples/vinh-long-2025');
const dir = mkdtempSync(join(tmpdir(), 'danvan-form-'));

async function makeForm(kind: string, name: string): Promise<ExcelJS.Workbook> {
  const args = [join(CAMPAIGN, 'danh-muc-don-vi.yaml'), '--plan', join(CAMPAIGN, 'ke-hoach.yaml')];
  expect(await main(['form', ...args, '--kind', kind, '--out', join(dir, name)], fakeIo(ROOT))).toBe(0);
  const workbook = new ExcelJS.Workbook();
  // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
  await workbook.xlsx.load(readFileSync(join(dir, name)) as unknown as ArrayBuffer);
  return workbook;
}

describe('danvan form', () => {
  let registration: ExcelJS.Workbook;
  let scores: ExcelJS.Workbook;
  beforeAll(async () => {
    registration = await makeForm('dang-ky', 'dang-ky.xlsx');
    scores = await makeForm('score-sheet', 'cham-diem.xlsx');
  });

  it('has an instruction sheet, the header sheet, one sheet per list, hidden lookups and identity', () => {
    expect(registration.worksheets.map((ws) => `${ws.name}:${ws.state}`)).toEqual([
      'Hướng dẫn:visible',
      'Thông tin chung:visible',
      'Mô hình tập thể:visible',
      'Cá nhân:visible',
      'Danh mục:hidden',
      '_danvan:veryHidden',
    ]);
    const meta = registration.getWorksheet('_danvan') as ExcelJS.Worksheet;
    expect([1, 2, 3].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value])).toEqual([
      ['danvan-form', 1],
      ['ke_hoach', 'vinh-long-2025'],
      ['loai', 'dang-ky'],
    ]);
    const guide = registration.getWorksheet('Hướng dẫn') as ExcelJS.Worksheet;
    const text: string[] = [];
    guide.eachRow((row) => text.push(String(row.getCell(1).value)));
    expect(text.join('\n')).toMatch(/chậm nhất ngày 15\/04\/2025/);
    expect(text.join('\n')).toMatch(/ít nhất|đúng|nhiều nhất/);
  });

  it('asks the header fields with required ones marked, unit codes and names from a drop-down', () => {
    const header = registration.getWorksheet('Thông tin chung') as ExcelJS.Worksheet;
    expect(header.getCell('A4').value).toBe('Mã đơn vị *');
    const unit = header.getCell('B4');
    expect(unit.protection).toMatchObject({ locked: false });
    expect(unit.numFmt).toBe('@');
    expect(unit.dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$16"] });
    const lookup = registration.getWorksheet('Danh mục') as ExcelJS.Worksheet;
    expect(lookup.getCell('A2').value).toMatch(/^\d{3} - /);
    expect(lookup.getCell('B2').value).toMatch(/^\d{3}$/);
    expect(header.getCell('B8').dataValidation).toMatchObject({ type: 'date' });
    expect(header.getCell('A4').protection?.locked).not.toBe(false);
  });

  it("locks the list headings and offers typed, unlocked columns with the plan's fields as names", () => {
    const models = registration.getWorksheet('Mô hình tập thể') as ExcelJS.Worksheet;
    expect(models.getCell('B3').value).toBe('Tên mô hình *');
    expect(models.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(models.getColumn(2).style.protection).toMatchObject({ locked: false });
    expect(models.getColumn(1).numFmt).toBe('@');
    expect(models.getCell('D4').dataValidation).toMatchObject({ type: 'list' });
    const lookup = registration.getWorksheet('Danh mục') as ExcelJS.Worksheet;
    const fields: string[] = [];
    lookup.getColumn(3).eachCell((cell, row) => row > 1 && fields.push(String(cell.value)));
    expect(fields).toContain('Văn hóa - xã hội');
  });

  it("builds the score sheet from the plan's rubric: one locked row per criterion with its maximum", () => {
    const sheet = scores.getWorksheet('Điểm theo tiêu chí') as ExcelJS.Worksheet;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Tiêu chí *',
      'Tự chấm',
      'Cấp trên chấm',
      'Lý do điều chỉnh',
      'Nội dung tiêu chí',
      'Điểm tối đa',
    ]);
    expect(sheet.getCell('A4').value).toBe('1.1');
    expect(typeof sheet.getCell('F4').value).toBe('number');
    expect(sheet.getCell('A4').protection?.locked).not.toBe(false);
    expect(sheet.getColumn(2).style.protection).toMatchObject({ locked: false });
  });

  it("fills in the unit's code and name, and gives only its own quota, when made for one unit", async () => {
    const args = [join(CAMPAIGN, 'danh-muc-don-vi.yaml'), '--plan', join(CAMPAIGN, 'ke-hoach.yaml')];
    const out = join(dir, 'don-vi-013.xlsx');
    expect(await main(['form', ...args, '--kind', 'dang-ky', '--unit', '013', '--out', out], fakeIo(ROOT))).toBe(0);
    const workbook = new ExcelJS.Workbook();
    // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const header = workbook.getWorksheet('Thông tin chung') as ExcelJS.Worksheet;
    expect(header.getCell('B4').value).toBe('013 - UBND huyện Long Hồ');
    expect(header.getCell('B5').value).toBe('UBND huyện Long Hồ');
    const guide: string[] = [];
    (workbook.getWorksheet('Hướng dẫn') as ExcelJS.Worksheet).eachRow((row) =>
      guide.push(String(row.getCell(1).value)),
    );
    expect(guide).toContain('Đơn vị: UBND huyện Long Hồ (mã 013).');
    expect(guide.filter((line) => /mô hình tập thể$/.test(line))).toHaveLength(1);
    expect(
      await main(['form', ...args, '--kind', 'dang-ky', '--unit', '999', '--out', join(dir, 'x.xlsx')], fakeIo(ROOT)),
    ).toBe(2);
  });

  it('is byte-identical when made twice', async () => {
    await makeForm('dang-ky', 'lan-2.xlsx');
    expect(readFileSync(join(dir, 'lan-2.xlsx')).equals(readFileSync(join(dir, 'dang-ky.xlsx')))).toBe(true);
  });
});
