import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { clampCellText, rowHeight, titleSplit, wrappedLines } from './print-layout.js';
import type { Cell, ColumnKind, SheetModel, WorkbookModel } from './workbook-model.js';
import { stampZipEntries } from './zip-stamps.js';

// A fixed date for the document properties and every zip entry: the same inputs give the same bytes.
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const FONT = { name: 'Times New Roman', size: 13 };
const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  int: '0',
  points: '0.00',
  percent: '0.00%',
  date: 'dd/mm/yyyy',
};
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;
// Rows 1-8 are the title block; the table's header is row 9, repeated on every printed page.
const HEADER_ROW = 9;
const FOOTER = '&C&"Times New Roman,Regular"&11Trang &P';
type Sheet = ExcelJS.Worksheet;
type Style = Partial<ExcelJS.Style>;

/** The workbook as .xlsx bytes. Streams rows (bounded memory at 50,000 rows), then re-stamps the zip entries. */
export async function renderWorkbookXlsx(model: WorkbookModel): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'danvan';
  workbook.lastModifiedBy = 'danvan';
  workbook.title = model.title;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of model.sheets) writeSheet(workbook, model, sheet);
  await workbook.commit();
  return stampZipEntries(Buffer.concat(chunks));
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: WorkbookModel, sheet: SheetModel): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      firstPageNumber: 1, // each sheet is a document of its own: its pages count from 1
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    // "Trang &P" only: LibreOffice counts &N over the whole workbook, Excel over the sheet.
    headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
  });
  const widths = sheet.columns.map((column) => column.width);
  ws.columns = widths.map((width) => ({ width }));
  writeTitleBlock(ws, model, sheet, widths);
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: widths.length } };
  const header = ws.addRow(sheet.columns.map((column) => column.header));
  header.height = rowHeight(Math.max(...sheet.columns.map((c) => wrappedLines(c.header, c.width, 'bold'))));
  header.eachCell((cell) => {
    cell.style = { font: { ...FONT, bold: true }, alignment: CENTER, border: BORDER };
  });
  header.commit();
  // One style object per column, assigned to every cell: exceljs caches style ids by object identity, so each cell
  // costs a lookup instead of serialising its style (the cost that dominated a 50,000-row sheet).
  const styles = sheet.columns.map((column) => cellStyle(column.kind));
  for (const values of sheet.rows) {
    const cells = values.map(toExcel);
    const row = ws.addRow(cells);
    row.height = rowHeight(Math.max(...cells.map((value, i) => linesOf(value, widths[i] as number))));
    styles.forEach((style, i) => {
      row.getCell(i + 1).style = style;
    });
    row.commit();
  }
  if (sheet.rows.length === 0) mergedLine(ws, widths, sheet.emptyText, { italic: true }, BORDER);
  if (sheet.sumColumns?.length && sheet.rows.length > 0) writeTotals(ws, sheet);
  writeSignatures(ws, model, widths);
  ws.commit();
}

function writeTitleBlock(ws: Sheet, model: WorkbookModel, sheet: SheetModel, widths: number[]): void {
  const { heading } = model;
  const split = titleSplit(widths);
  const leftWidth = widths.slice(0, split).reduce((a, b) => a + b, 0);
  const rightWidth = widths.slice(split).reduce((a, b) => a + b, 0);
  const pairs: [string, Style['font'], string, Style['font']][] = [
    [heading.governingBody ?? '', {}, heading.motto[0] ?? '', { bold: true }],
    [heading.body, { bold: true }, heading.motto[1] ?? '', { bold: true, underline: true }],
    ['', {}, heading.placeDate, { italic: true }],
  ];
  for (const [left, leftFont, right, rightFont] of pairs) {
    const row = ws.addRow([]);
    const lines = Math.max(wrappedLines(left, leftWidth, 'bold'), wrappedLines(right, rightWidth, 'bold'));
    row.height = rowHeight(lines);
    placeText(row.getCell(1), left, leftFont);
    placeText(row.getCell(split + 1), right, rightFont);
    ws.mergeCells(row.number, 1, row.number, split);
    ws.mergeCells(row.number, split + 1, row.number, widths.length);
    row.commit();
  }
  ws.addRow([]).commit();
  mergedLine(ws, widths, sheet.title, { bold: true, size: 14 });
  mergedLine(ws, widths, heading.planLine ?? '', { italic: true });
  mergedLine(ws, widths, heading.period, { bold: true });
  ws.addRow([]).commit();
}

// The signature area: "Người lập biểu" under the left part, the head of the body under the right part.
function writeSignatures(ws: Sheet, model: WorkbookModel, widths: number[]): void {
  const split = titleSplit(widths);
  const [left, right] = model.signatures;
  ws.addRow([]).commit();
  const lines: [string, string, Style['font']][] = [
    [left.title, right.title, { bold: true }],
    [left.note, right.note, { italic: true }],
    ['', '', {}],
    ['', '', {}],
    ['', '', {}],
    [left.name, right.name, { bold: true }],
  ];
  for (const [leftText, rightText, font] of lines) {
    const row = ws.addRow([]);
    row.height = rowHeight(1);
    placeText(row.getCell(1), leftText, font);
    placeText(row.getCell(split + 1), rightText, font);
    ws.mergeCells(row.number, 1, row.number, split);
    ws.mergeCells(row.number, split + 1, row.number, widths.length);
    row.commit();
  }
}

function mergedLine(ws: Sheet, widths: number[], text: string, font: Style['font'], border?: Style['border']): void {
  const total = widths.reduce((a, b) => a + b, 0);
  const row = ws.addRow([]);
  row.height = rowHeight(wrappedLines(text, total, font?.bold ? 'bold' : 'regular'));
  placeText(row.getCell(1), text, font);
  if (border) for (let i = 1; i <= widths.length; i += 1) row.getCell(i).border = border;
  ws.mergeCells(row.number, 1, row.number, widths.length);
  row.commit();
}

function placeText(cell: ExcelJS.Cell, text: string, font: Style['font']): void {
  cell.value = text === '' ? null : clampCellText(text);
  cell.style = { font: { ...FONT, ...font }, alignment: CENTER };
}

function cellStyle(kind: ColumnKind): Style {
  const numeric = kind === 'int' || kind === 'points' || kind === 'percent' || kind === 'date';
  return {
    font: FONT,
    border: BORDER,
    alignment: { vertical: 'top', wrapText: kind !== 'code', ...(numeric ? { horizontal: 'center' } : {}) },
    ...(NUMBER_FORMATS[kind] ? { numFmt: NUMBER_FORMATS[kind] } : {}),
  };
}

function linesOf(value: ExcelJS.CellValue, width: number): number {
  if (typeof value === 'string') return wrappedLines(value, width);
  const rich = value && typeof value === 'object' && 'richText' in value ? value.richText : undefined;
  return rich ? wrappedLines(rich.map((run) => run.text).join(''), width) : 1;
}

function writeTotals(ws: Sheet, sheet: SheetModel): void {
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + sheet.rows.length;
  const values: ExcelJS.CellValue[] = sheet.columns.map(() => null);
  values[1] = 'Tổng cộng';
  for (const index of sheet.sumColumns ?? []) {
    const letter = columnLetter(index + 1);
    const result = sheet.rows.reduce(
      (sum, row) => sum + (typeof row[index] === 'number' ? (row[index] as number) : 0),
      0,
    );
    values[index] = { formula: `SUM(${letter}${first}:${letter}${last})`, result };
  }
  const row = ws.addRow(values);
  row.height = rowHeight(1);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.style = { font: { ...FONT, bold: true }, border: BORDER, alignment: { horizontal: 'center' } };
  });
  row.commit();
}

// Submitted text is always a string cell, never a formula, whatever it starts with (= + - @ tab CR).
function toExcel(value: Cell): ExcelJS.CellValue {
  if (value === null || typeof value === 'number') return value;
  if (typeof value === 'string') {
    const text = clampCellText(value);
    // Without the shared-string table exceljs writes a string as t="str", whose line breaks LibreOffice drops
    // ("2026: Duy trì2027: Duy trì"); an inline rich text run keeps them, in Excel too.
    return text.includes('\n') ? { richText: [{ text }] } : text;
  }
  const [year, month, day] = value.date.split('-').map(Number);
  return new Date(Date.UTC(year as number, (month as number) - 1, day as number));
}

const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);
