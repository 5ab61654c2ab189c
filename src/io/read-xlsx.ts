import { unzipEntries } from './unzip.js';

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
  /** Index 0 is column A. A date is its Excel serial number (the form's date fields convert it). */
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

/**
 * A workbook as plain cells, read straight from its XML parts: an intake form needs values, not styles, and a full
 * spreadsheet library spent ~100 ms a form where this takes about one. Excel 97-2003 files and password-protected
 * workbooks are both OLE containers; the latter holds an "EncryptedPackage" stream (named in UTF-16).
 */
export function readXlsx(bytes: Uint8Array): XlsxRead {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (OLE.every((byte, i) => buffer[i] === byte)) {
    const encrypted = buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return { ok: false, problem: encrypted ? 'encrypted' : 'legacy-xls', detail: '' };
  }
  try {
    const parts = unzipEntries(
      buffer,
      (name) => (name.startsWith('xl/') && name.endsWith('.xml')) || name.endsWith('.rels'),
    );
    const part = (name: string) => parts.get(name)?.toString('utf8') ?? '';
    const workbook = part('xl/workbook.xml');
    if (workbook === '') throw new Error('no xl/workbook.xml');
    const targets = new Map(
      [...part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b([^>]*)>/g)].map((m) => [
        attribute(m[1] ?? '', 'Id'),
        attribute(m[1] ?? '', 'Target'),
      ]),
    );
    const shared = readSharedStrings(part('xl/sharedStrings.xml'));
    const sheets = [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m): XlsxSheet => {
      const attrs = m[1] ?? '';
      const target = targets.get(attribute(attrs, 'r:id')) ?? '';
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      const state = attribute(attrs, 'state');
      return {
        name: decodeXml(attribute(attrs, 'name')),
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        rows: readRows(part(path), shared),
      };
    });
    return { ok: true, sheets };
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
}

function readRows(xml: string, shared: readonly string[]): XlsxRow[] {
  const rows: XlsxRow[] = [];
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const attrs = row[1] ?? '';
    const hidden = /\bhidden="(1|true)"/.test(attrs);
    const cells: (XlsxCell | undefined)[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const read = readCell(cell[1] ?? '', cell[2] ?? '', shared);
      if (read) cells[columnIndex(attribute(cell[1] ?? '', 'r'))] = read;
    }
    rows.push({ number: Number(attribute(attrs, 'r')) || rows.length + 1, hidden, cells });
  }
  return rows;
}

function readCell(attrs: string, inner: string, shared: readonly string[]): XlsxCell | undefined {
  const formula = /<f\b/.test(inner);
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  const type = attribute(attrs, 't');
  if (type === 'inlineStr') return { value: textOf(inner), formula };
  if (v === undefined) return formula ? { value: null, formula } : undefined;
  switch (type) {
    case 's':
      return { value: shared[Number(v)] ?? '', formula };
    case 'str':
      return { value: decodeXml(v), formula };
    case 'b':
      return { value: v === '1', formula };
    case 'e':
      return { value: null, formula, error: decodeXml(v) };
    case 'd':
      return { value: new Date(v), formula };
    default:
      return { value: Number(v), formula };
  }
}

// Phonetic runs (<rPh>) are reading aids, not text.
const textOf = (xml: string): string =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)]
    .map((m) => decodeXml(m[1] ?? ''))
    .join('');

function readSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1] ?? ''));
}

function attribute(attrs: string, name: string): string {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
}

function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// XML entities, then OOXML's own escape for characters XML cannot hold (_x000D_ for a carriage return).
function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
      entity.startsWith('#x')
        ? String.fromCodePoint(parseInt(entity.slice(2), 16))
        : entity.startsWith('#')
          ? String.fromCodePoint(Number(entity.slice(1)))
          : (ENTITIES[entity] ?? ''),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
