import ExcelJS from 'exceljs';
import type { Choice, FieldType, FormField, FormList, FormModel } from '../form/form-model.js';
import { HEADER_SHEET, HEADING_ROW, LOOKUP_SHEET, META_SHEET, labelOf } from '../form/form-model.js';
import { rowHeight, wrappedLines } from './print-layout.js';
import { stampZipEntries } from './zip-stamps.js';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const FONT = { name: 'Times New Roman', size: 13 };
const BOLD = { ...FONT, bold: true };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E0' } };
/** Rows of a list sheet that carry the drop-downs and date checks; units may go further. */
const LIST_ROWS = 1000;
// Printed, a form sheet fits the width of a landscape A4 page; its rows run on as far as they go.
const PAGE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
const PAGE_WITH_HEADINGS: Partial<ExcelJS.PageSetup> = { ...PAGE, printTitlesRow: `${HEADING_ROW}:${HEADING_ROW}` };
const NUMBER_FORMATS: Record<FieldType, string> = {
  text: '@',
  list: '@',
  boolean: '@',
  integer: '0',
  number: '0.00',
  date: 'dd/mm/yyyy',
};

/** The intake form as .xlsx bytes: instructions, header sheet, one sheet per list, hidden lookups and identity. */
export async function renderFormXlsx(model: FormModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'danvan';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = `${model.kindTitle}: ${model.planId}`;
  const instructions = workbook.addWorksheet('Hướng dẫn', { pageSetup: PAGE });
  instructions.columns = [{ width: 120 }];
  instructions.addRow([model.title]).font = { ...BOLD, size: 14 };
  for (const line of model.instructions) {
    const row = instructions.addRow([line]);
    row.font = FONT;
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(wrappedLines(line, 120));
  }
  const lookups = lookupRanges(model);
  await writeHeaderSheet(workbook.addWorksheet(HEADER_SHEET, { pageSetup: PAGE_WITH_HEADINGS }), model, lookups);
  for (const list of model.lists)
    await writeListSheet(workbook.addWorksheet(list.sheet, { pageSetup: PAGE_WITH_HEADINGS }), model, list, lookups);
  writeLookups(workbook.addWorksheet(LOOKUP_SHEET, { state: 'hidden' }), lookups);
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['danvan-form', model.version],
    ['ke_hoach', model.planId],
    ['loai', model.kind],
    ...(model.unit ? [['ma_don_vi', model.unit.code]] : []),
  ]);
  return stampZipEntries(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function title(ws: ExcelJS.Worksheet, model: FormModel, text: string, width: number): void {
  ws.addRow([text]).font = { ...BOLD, size: 14 };
  ws.addRow([
    `Kế hoạch ${model.planId}. Điền vào các ô không khóa (nền vàng ở trang này, các cột dưới tiêu đề ở trang danh sách); mục có dấu * là bắt buộc.`,
  ]).font = { ...FONT, italic: true };
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
}

async function writeHeaderSheet(ws: ExcelJS.Worksheet, model: FormModel, lookups: Lookups): Promise<void> {
  ws.columns = [{ width: 34 }, { width: 50 }, { width: 60 }, { width: 20, hidden: true }];
  title(ws, model, `${model.title}: THÔNG TIN CHUNG`, 3);
  headingRow(ws, ['Mục', 'Nội dung', 'Giải thích', 'Khóa']);
  for (const field of model.header) {
    const row = ws.addRow([labelOf(field), null, field.hint ?? '', field.path.join('.')]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(Math.max(wrappedLines(labelOf(field), 34, 'bold'), wrappedLines(field.hint ?? '', 60)));
    row.font = FONT;
    row.getCell(1).font = field.required ? BOLD : FONT;
    inputCell(row.getCell(2), field, lookups);
    const key = field.path.join('.');
    if (model.unit && key === 'ma_don_vi') row.getCell(2).value = model.unit.choice;
    if (model.unit && key === 'ten_don_vi') row.getCell(2).value = model.unit.name;
  }
  ws.views = [{ state: 'frozen', ySplit: HEADING_ROW }];
  await protect(ws);
}

// Input columns carry their style and validation as a whole (column style, one range per column), so an empty form
// holds no empty cells: it stays small, and a filled one holds only what the unit typed.
async function writeListSheet(
  ws: ExcelJS.Worksheet,
  model: FormModel,
  list: FormList,
  lookups: Lookups,
): Promise<void> {
  const columns = [
    ...list.fields.map((f) => ({ label: labelOf(f), width: widthOf(f) })),
    ...list.info.map((i) => ({ label: i.label, width: i.label === 'Điểm tối đa' ? 10 : 50 })),
  ];
  ws.columns = columns.map((c) => ({ width: c.width }));
  title(ws, model, `${model.title}: ${list.sheet.toLocaleUpperCase('vi')}`, columns.length);
  headingRow(
    ws,
    columns.map((c) => c.label),
  );
  list.fields.forEach((field, c) => {
    if (field.locked && list.prefilled.length > 0) return;
    ws.getColumn(c + 1).style = inputStyle(field);
    const letter = columnLetter(c + 1);
    const validation = validationOf(field, lookups);
    if (validation)
      rangeValidations(ws).add(`${letter}${HEADING_ROW + 1}:${letter}${HEADING_ROW + LIST_ROWS}`, validation);
  });
  list.prefilled.forEach((prefilled, i) => {
    const row = ws.getRow(HEADING_ROW + 1 + i);
    list.fields.forEach((field, c) => {
      if (field.locked && prefilled[field.label] !== undefined) {
        row.getCell(c + 1).value = prefilled[field.label] as string;
        row.getCell(c + 1).style = { font: BOLD, border: BORDER, numFmt: '@' };
      }
    });
  });
  list.info.forEach((info, k) => {
    info.values.forEach((value, i) => {
      const cell = ws.getCell(HEADING_ROW + 1 + i, list.fields.length + k + 1);
      cell.value = value;
      cell.style = { font: FONT, border: BORDER, alignment: { wrapText: true, vertical: 'top' } };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: HEADING_ROW }];
  await protect(ws);
}

function headingRow(ws: ExcelJS.Worksheet, labels: string[]): void {
  const row = ws.getRow(HEADING_ROW);
  row.values = labels;
  row.height = rowHeight(
    Math.max(...labels.map((label, i) => wrappedLines(label, ws.getColumn(i + 1).width ?? 10, 'bold'))),
  );
  row.eachCell((cell) => {
    cell.style = {
      font: BOLD,
      border: BORDER,
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
    };
  });
}

// Only input cells are unlocked; headings, labels and pre-filled criteria stay locked (no password: an officer who
// must change the form can unprotect it).
async function protect(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
  });
}

function inputStyle(field: FormField): Partial<ExcelJS.Style> {
  return {
    font: FONT,
    numFmt: NUMBER_FORMATS[field.type],
    alignment: { wrapText: true, vertical: 'top' },
    protection: { locked: false },
  };
}

function inputCell(cell: ExcelJS.Cell, field: FormField, lookups: Lookups): void {
  cell.style = { ...inputStyle(field), border: BORDER, fill: INPUT_FILL };
  const validation = validationOf(field, lookups);
  if (validation) cell.dataValidation = validation;
}

function validationOf(field: FormField, lookups: Lookups): ExcelJS.DataValidation | undefined {
  const range = field.choices ? lookups.get(field.path.join('.'))?.range : undefined;
  if (range) {
    // A code typed by hand is accepted too; import says which values are unknown, with the plan's rule.
    return { type: 'list', allowBlank: !field.required, formulae: [range], showErrorMessage: false };
  }
  if (field.type === 'date') {
    return {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1930, 0, 1))],
      showErrorMessage: true,
      errorTitle: 'Ngày không hợp lệ',
      error: 'Gõ ngày theo dạng ngày/tháng/năm, ví dụ 15/04/2025.',
    };
  }
  if (field.type === 'integer') {
    return {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      error: 'Gõ một số nguyên.',
    };
  }
  return undefined;
}

// exceljs has range validations (worksheet.dataValidations.add) but its typings do not declare them.
const rangeValidations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;

const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

type Lookups = Map<string, { range: string; choices: Choice[] }>;

// One column of the hidden "Danh mục" sheet per list of choices; drop-downs show names from it.
function lookupRanges(model: FormModel): Lookups {
  const lookups: Lookups = new Map();
  for (const field of [...model.header, ...model.lists.flatMap((l) => l.fields)]) {
    const key = field.path.join('.');
    if (!field.choices || lookups.has(key)) continue;
    const letter = String.fromCharCode(65 + 2 * lookups.size);
    const range = `'${LOOKUP_SHEET}'!$${letter}$2:$${letter}$${field.choices.length + 1}`;
    lookups.set(key, { range, choices: field.choices });
  }
  return lookups;
}

// Names in one column, their codes in the next; row 1 holds the field's key, so import reads the pairs back.
function writeLookups(ws: ExcelJS.Worksheet, lookups: Lookups): void {
  [...lookups.entries()].forEach(([key, { choices }], i) => {
    ws.getColumn(2 * i + 1).width = 40;
    ws.getCell(1, 2 * i + 1).value = key;
    choices.forEach((choice, k) => {
      ws.getCell(k + 2, 2 * i + 1).value = choice.name;
      ws.getCell(k + 2, 2 * i + 2).value = choice.id;
    });
  });
}

const widthOf = (field: FormField): number =>
  field.type === 'date' || field.type === 'integer' || field.type === 'number' ? 14 : field.type === 'text' ? 30 : 24;
