import ExcelJS from 'exceljs';

export type XlsxValue = string | number | boolean | Date | null;

/** One cell as typed: its value (a formula's last computed result), whether it was a formula, an error code. */
export interface XlsxCell {
  value: XlsxValue;
  formula: boolean;
  error?: string;
}

export interface XlsxRow {
  number: number;
  hidden: boolean;
  /** Index 0 is column A; a merged range's value sits in its top-left cell only. */
  cells: (XlsxCell | undefined)[];
}

export interface XlsxSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rows: XlsxRow[];
}

export type XlsxRead =
  { ok: true; sheets: XlsxSheet[] } | { ok: false; problem: 'legacy-xls' | 'encrypted' | 'corrupt'; detail: string };

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/**
 * A workbook as plain cells. Excel 97-2003 files and password-protected workbooks are both OLE containers; the
 * latter holds an "EncryptedPackage" stream (its name is stored in UTF-16), which tells them apart.
 */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  if (startsWith(bytes, OLE)) {
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return { ok: false, problem: encrypted ? 'encrypted' : 'legacy-xls', detail: '' };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(ws: ExcelJS.Worksheet): XlsxSheet {
  const rows: XlsxRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (XlsxCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // the master cell carries the value
      cells[column - 1] = readCell(cell.value);
    });
    rows.push({ number, hidden: row.hidden, cells });
  });
  return { name: ws.name, state: ws.state, rows };
}

function readCell(value: ExcelJS.CellValue): XlsxCell {
  if (value === null || value === undefined) return { value: null, formula: false };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return { value, formula: false };
  if ('error' in value) return { value: null, formula: false, error: String(value.error) };
  if ('richText' in value) return { value: value.richText.map((part) => part.text).join(''), formula: false };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result !== null && typeof result === 'object' && 'error' in result)
      return { value: null, formula: true, error: String((result as { error: unknown }).error) };
    const plain = readCell((result ?? null) as ExcelJS.CellValue);
    return { ...plain, formula: true };
  }
  if ('text' in value) return { value: String((value as { text: unknown }).text), formula: false };
  return { value: null, formula: false };
}
