import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
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
  for (const sheet of model.sheets) writeSheet(workbook, sheet);
  await workbook.commit();
  return stampZipEntries(Buffer.concat(chunks));
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetModel): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = sheet.columns.map((column) => ({ width: column.width }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const header = ws.addRow(sheet.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = BORDER;
  });
  header.commit();
  // One style object per column, assigned to every cell: exceljs caches style ids by object identity, so each cell
  // costs a lookup instead of serialising its style (the cost that dominated a 50,000-row sheet).
  const styles = sheet.columns.map((column) => cellStyle(column.kind));
  for (const values of sheet.rows) {
    const row = ws.addRow(values.map(toExcel));
    styles.forEach((style, i) => {
      row.getCell(i + 1).style = style;
    });
    row.commit();
  }
  if (sheet.sumColumns?.length && sheet.rows.length > 0) writeTotals(ws, sheet);
  ws.commit();
}

function cellStyle(kind: ColumnKind): Partial<ExcelJS.Style> {
  return {
    font: FONT,
    border: BORDER,
    alignment: { vertical: 'top', wrapText: kind === 'wrap' },
    ...(NUMBER_FORMATS[kind] ? { numFmt: NUMBER_FORMATS[kind] } : {}),
  };
}

function writeTotals(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const last = sheet.rows.length + 1;
  const values: ExcelJS.CellValue[] = sheet.columns.map(() => null);
  values[1] = 'Tổng cộng';
  for (const index of sheet.sumColumns ?? []) {
    const letter = columnLetter(index + 1);
    const result = sheet.rows.reduce(
      (sum, row) => sum + (typeof row[index] === 'number' ? (row[index] as number) : 0),
      0,
    );
    values[index] = { formula: `SUM(${letter}2:${letter}${last})`, result };
  }
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { ...FONT, bold: true };
    cell.border = BORDER;
  });
  row.commit();
}

// Submitted text is always a string cell, never a formula, whatever it starts with (= + - @ tab CR).
function toExcel(value: Cell): ExcelJS.CellValue {
  if (value === null || typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  const [year, month, day] = value.date.split('-').map(Number);
  return new Date(Date.UTC(year as number, (month as number) - 1, day as number));
}

const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);
