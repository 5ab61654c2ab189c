import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatPlace } from '../../src/diagnostics/place.js';
import { fakeIo } from '../helpers/fake-io.js';
import { fillForm } from '../helpers/fill-form.js';
import { ROOT } from '../helpers/run-cli.js';

const CAMPAIGN = join(ROOT, 'examples/vinh-long-2025');
const MODELS = 'Mô hình tập thể';
const HEADER = 'Thông tin chung';

async function edit(bytes: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const sheet = (workbook: ExcelJS.Workbook, name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;

// Careless and hostile forms, all in one inbox, checked by one validate run; every case reads its own findings.
describe('hostile and careless forms', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-hostile-'));
  const inbox = join(dir, 'hop-thu');
  let diagnostics: Diagnostic[] = [];
  let exitCode = 0;
  let otherKind = '';
  const at = (file: string) => diagnostics.filter((d) => d.file.endsWith(`/${file}`));
  const places = (file: string, ruleId: string) =>
    at(file)
      .filter((d) => d.ruleId === ruleId)
      .map((d) => formatPlace(file, d.start));

  beforeAll(async () => {
    mkdirSync(inbox);
    const blank = join(dir, 'mau.xlsx');
    const args = [join(CAMPAIGN, 'danh-muc-don-vi.yaml'), '--plan', join(CAMPAIGN, 'ke-hoach.yaml')];
    expect(await main(['form', ...args, '--kind', 'dang-ky', '--out', blank], fakeIo(ROOT))).toBe(0);
    const data = parse(readFileSync(join(CAMPAIGN, 'dang-ky/001-so-noi-vu.yaml'), 'utf8')) as Record<string, unknown>;
    const filled = await fillForm(readFileSync(blank), data);
    const cases: Record<string, (workbook: ExcelJS.Workbook) => void> = {
      'cong-thuc.xlsx': (wb) => {
        sheet(wb, MODELS).getCell('B4').value = {
          formula: 'CONCATENATE("Một cửa ","thân thiện")',
          result: 'Một cửa thân thiện',
        };
      },
      'ngay-go-chu.xlsx': (wb) => {
        sheet(wb, HEADER).getCell('B8').value = '15/4/2025';
        sheet(wb, MODELS).getCell('N4').value = '31/02/2025';
      },
      'ma-go-so.xlsx': (wb) => {
        sheet(wb, HEADER).getCell('B4').value = 1;
      },
      'o-gop-trang-la.xlsx': (wb) => {
        sheet(wb, MODELS).mergeCells('E5:F5'); // Thực trạng over Mục tiêu: the latter's text is lost, as in Excel
        sheet(wb, MODELS).name = 'Mo hinh (sua)';
        wb.addWorksheet('Ghi chú').getCell('A1').value = 'ghi chú riêng của đơn vị';
      },
      'dong-an.xlsx': (wb) => {
        sheet(wb, 'Cá nhân').getRow(5).hidden = true;
      },
      'thieu-ten.xlsx': (wb) => {
        sheet(wb, MODELS).getCell('B5').value = null;
        sheet(wb, HEADER).getCell('B6').value = null;
      },
      'ke-hoach-khac.xlsx': (wb) => {
        sheet(wb, '_danvan').getCell('B2').value = 'vinh-chau-2025';
      },
      'phien-ban-cu.xlsx': (wb) => {
        sheet(wb, '_danvan').getCell('B1').value = 0;
      },
    };
    for (const [name, change] of Object.entries(cases)) writeFileSync(join(inbox, name), await edit(filled, change));
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'Danh sách';
    writeFileSync(join(inbox, 'khong-phai-mau.xlsx'), Buffer.from(await plain.xlsx.writeBuffer()));
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(join(inbox, 'excel-cu.xls'), ole);
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]);
    writeFileSync(join(inbox, 'co-mat-khau.xlsx'), encrypted);

    const io = fakeIo(ROOT);
    exitCode = await main(['validate', inbox, ...args, '-f', 'json'], io);
    diagnostics = (JSON.parse(io.out()) as { diagnostics: Diagnostic[] }).diagnostics;
    const importIo = fakeIo(ROOT);
    await main(['import', join(inbox, 'dong-an.xlsx'), '--kind', 'bao-cao', '--out', join(dir, 'ra')], importIo);
    otherKind = importIo.out();
  }, 28_000);

  it('fails the run (exit 1) and never throws', () => {
    expect(exitCode).toBe(1);
  });

  it("uses a formula cell's computed value and says so at the cell", () => {
    expect(places('cong-thuc.xlsx', 'form/formula')).toEqual([`cong-thuc.xlsx:'${MODELS}'!B4`]);
    expect(at('cong-thuc.xlsx').filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('accepts a date typed as text, and reports an impossible one with the YAML rule at its cell', () => {
    expect(places('ngay-go-chu.xlsx', 'schema/invalid-date')).toEqual([`ngay-go-chu.xlsx:'${MODELS}'!N4`]);
    const errors = at('ngay-go-chu.xlsx').filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.ruleId)).toEqual(['schema/invalid-date']);
  });

  it('reads a code typed as a number as the code it stands for (1 → "001"), with a warning', () => {
    expect(places('ma-go-so.xlsx', 'form/code-as-number')).toEqual([`ma-go-so.xlsx:'${HEADER}'!B4`]);
    expect(at('ma-go-so.xlsx').filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds a renamed sheet by its headings, reads merged cells, notes an extra sheet', () => {
    expect(places('o-gop-trang-la.xlsx', 'form/extra-sheet')).toEqual([
      'o-gop-trang-la.xlsx:Ghi chú!A1'.replace('Ghi chú', "'Ghi chú'"),
    ]);
    expect(places('o-gop-trang-la.xlsx', 'form/missing-sheet')).toEqual([]);
    expect(at('o-gop-trang-la.xlsx').filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('counts a hidden row, with a warning at it', () => {
    expect(places('dong-an.xlsx', 'form/hidden-row')).toEqual(["dong-an.xlsx:'Cá nhân'!A5"]);
  });

  it('reports a missing value with the same rule and message as in YAML, at the empty cell', () => {
    const missing = at('thieu-ten.xlsx').filter((d) => d.ruleId === 'schema/required');
    expect(missing.map((d) => formatPlace('thieu-ten.xlsx', d.start))).toEqual([
      `thieu-ten.xlsx:'${MODELS}'!B5`,
      "thieu-ten.xlsx:'Thông tin chung'!B6",
    ]);
    expect(missing.map((d) => d.message)).toEqual([
      'Thiếu trường bắt buộc "ten_mo_hinh".',
      'Thiếu trường bắt buộc "nam".',
    ]);
  });

  it('refuses a form of another plan, an old form, a workbook that is no form, an .xls and a protected file', () => {
    expect(at('ke-hoach-khac.xlsx').map((d) => d.ruleId)).toContain('plan/mismatch');
    expect(places('ke-hoach-khac.xlsx', 'plan/mismatch')).toEqual(["ke-hoach-khac.xlsx:'Thông tin chung'!A2"]);
    expect(at('phien-ban-cu.xlsx').map((d) => [d.ruleId, d.message])).toEqual([
      ['form/old-version', 'Biểu mẫu phiên bản 0 đã cũ (phiên bản hiện hành: 1). Hãy tải biểu mẫu mới và điền lại.'],
    ]);
    expect(at('khong-phai-mau.xlsx').map((d) => d.ruleId)).toEqual(['form/not-a-form']);
    expect(at('excel-cu.xls').map((d) => d.ruleId)).toEqual(['form/legacy-xls']);
    expect(at('co-mat-khau.xlsx').map((d) => d.ruleId)).toEqual(['form/encrypted']);
  });

  it('refuses a form of another kind on import, and writes nothing for it', () => {
    expect(otherKind).toContain('form/other-kind');
    expect(otherKind).toContain('Đây là biểu mẫu "dang-ky", không phải "bao-cao" như đang cần.');
    expect(otherKind).not.toContain('Đã ghi');
  });
});
