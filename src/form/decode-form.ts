import type { Position, Span } from '../diagnostics/types.js';
import type { XlsxRow, XlsxSheet } from '../io/read-xlsx.js';
import type { Finding } from '../messages/catalog.js';
import {
  FORM_VERSION,
  HEADER_SHEET,
  HEADING_ROW,
  INFO_LABELS,
  LOOKUP_SHEET,
  META_SHEET,
  formLayout,
} from './form-model.js';
import type { Choice, FormField, FormList } from './form-model.js';
import { readCell } from './read-cell.js';

/** A form read back: the same data tree a YAML file of that kind holds, and the cell of every value in it. */
export interface DecodedForm {
  kind: string;
  tree: Record<string, unknown>;
  /** JSON pointer → cell, for locating findings as `tep.xlsx:Sheet!C12`. */
  cells: Map<string, Position>;
  findings: Finding[];
}

const text = (row: XlsxRow | undefined, column: number) => {
  const value = row?.cells[column - 1]?.value;
  return value === null || value === undefined ? '' : String(value).normalize('NFC').trim();
};
const fold = (label: string) =>
  label
    .normalize('NFC')
    .replace(/\s*\*\s*$/, '')
    .trim()
    .toLocaleLowerCase('vi');
const spanAt = (position: Position): Span => ({ start: position, end: position });

/**
 * Reads a filled form. `schemaFor` gives the JSON Schema of a kind (the layout is rebuilt from it, as the form was).
 * Returns a finding instead when the workbook is not a danvan form or is of an older form version.
 */
export function decodeForm(
  file: string,
  sheets: readonly XlsxSheet[],
  schemaFor: (kind: string) => object | undefined,
): DecodedForm | Finding {
  const at = { file, pointer: '' };
  const meta = sheets.find((s) => s.name === META_SHEET);
  const metaValue = (key: string) =>
    text(
      meta?.rows.find((row) => text(row, 1) === key),
      2,
    );
  const version = text(
    meta?.rows.find((row) => text(row, 1) === 'danvan-form'),
    2,
  );
  const kind = metaValue('loai');
  const schema = meta ? schemaFor(kind) : undefined;
  if (!meta || version === '' || !schema) return { ruleId: 'form/not-a-form', params: {}, at };
  if (version !== String(FORM_VERSION))
    return { ruleId: 'form/old-version', params: { version, expected: String(FORM_VERSION) }, at };

  const lookups = readLookups(sheets.find((s) => s.name === LOOKUP_SHEET));
  const layout = formLayout(schema, new Map());
  const planLine: Position = { sheet: HEADER_SHEET, line: 2, column: 1 };
  const form: DecodedForm = {
    kind,
    tree: { loai: kind, phien_ban: 1, ke_hoach: metaValue('ke_hoach') },
    cells: new Map([
      ['', planLine],
      ['/loai', planLine],
      ['/phien_ban', planLine],
      ['/ke_hoach', planLine],
    ]),
    findings: [],
  };
  const note = (reading: ReturnType<typeof readCell>, pointer: string, position: Position) => {
    for (const n of reading.notes) {
      const { ruleId, ...params } = n;
      form.findings.push({ ruleId, params, at: { file, pointer }, span: spanAt(position) } as Finding);
    }
  };
  const used = new Set<string>([META_SHEET, LOOKUP_SHEET, 'Hướng dẫn']);

  const headerSheet = sheets.find((s) => s.name === HEADER_SHEET);
  if (headerSheet) {
    used.add(headerSheet.name);
    for (const row of headerSheet.rows.filter((r) => r.number > HEADING_ROW)) {
      const key = text(row, 4);
      const field =
        layout.header.find((f) => f.path.join('.') === key) ??
        layout.header.find((f) => fold(f.label) === fold(text(row, 1)));
      if (!field) continue;
      const pointer = `/${field.path.join('/')}`;
      const position = { sheet: headerSheet.name, line: row.number, column: 2 };
      const reading = readCell(row.cells[1], field, lookups.get(field.path.join('.')) ?? field.choices);
      note(reading, pointer, position);
      if (reading.value !== undefined) setPath(form.tree, field.path, reading.value);
      locateAll(form.cells, pointer, position);
    }
  }
  for (const list of layout.lists) {
    const sheet =
      sheets.find((s) => s.name === list.sheet) ?? sheets.find((s) => !used.has(s.name) && headingOf(s, list));
    if (!sheet) {
      form.findings.push({
        ruleId: 'form/missing-sheet',
        params: { sheet: list.sheet },
        at: { file, pointer: `/${list.key}` },
        span: spanAt(planLine),
      });
      continue;
    }
    used.add(sheet.name);
    readList(file, sheet, list, lookups, form, note);
  }
  for (const sheet of sheets.filter((s) => !used.has(s.name) && s.rows.length > 0)) {
    form.findings.push({
      ruleId: 'form/extra-sheet',
      params: { sheet: sheet.name },
      at,
      span: spanAt({ sheet: sheet.name, line: 1, column: 1 }),
    });
  }
  return form;
}

function headingOf(sheet: XlsxSheet, list: FormList): XlsxRow | undefined {
  const labels = new Set(list.fields.map((f) => fold(f.label)));
  return sheet.rows
    .filter((row) => row.number <= 10)
    .find((row) => row.cells.filter((cell) => cell && labels.has(fold(String(cell.value ?? '')))).length >= 1);
}

function readList(
  file: string,
  sheet: XlsxSheet,
  list: FormList,
  lookups: ReadonlyMap<string, Choice[]>,
  form: DecodedForm,
  note: (reading: ReturnType<typeof readCell>, pointer: string, position: Position) => void,
): void {
  const heading = headingOf(sheet, list);
  if (!heading) return;
  const columns: { column: number; field: FormField }[] = [];
  heading.cells.forEach((cell, index) => {
    const header = String(cell?.value ?? '').trim();
    if (header === '') return;
    const field = list.fields.find((f) => fold(f.label) === fold(header) || f.path.join('.') === header);
    if (field) columns.push({ column: index + 1, field });
    else if (!INFO_LABELS.includes(header))
      form.findings.push({
        ruleId: 'form/unknown-column',
        params: { header },
        at: { file, pointer: `/${list.key}` },
        span: spanAt({ sheet: sheet.name, line: heading.number, column: index + 1 }),
      });
  });
  form.cells.set(`/${list.key}`, { sheet: sheet.name, line: heading.number, column: 1 });
  const items: Record<string, unknown>[] = [];
  for (const row of sheet.rows.filter((r) => r.number > heading.number)) {
    const filled = columns.filter(({ column, field }) => !field.locked && text(row, column) !== '');
    if (filled.length === 0) continue;
    const index = items.length;
    const item: Record<string, unknown> = {};
    const base = `/${list.key}/${index}`;
    form.cells.set(base, { sheet: sheet.name, line: row.number, column: columns[0]?.column ?? 1 });
    if (row.hidden)
      form.findings.push({
        ruleId: 'form/hidden-row',
        params: { row: row.number },
        at: { file, pointer: base },
        span: spanAt({ sheet: sheet.name, line: row.number, column: 1 }),
      });
    for (const { column, field } of columns) {
      const pointer = `${base}/${field.path.join('/')}`;
      const position = { sheet: sheet.name, line: row.number, column };
      const reading = readCell(row.cells[column - 1], field, lookups.get(field.path.join('.')) ?? field.choices);
      note(reading, pointer, position);
      if (reading.value !== undefined) setPath(item, field.path, reading.value);
      locateAll(form.cells, pointer, position);
    }
    items.push(item);
  }
  if (items.length > 0) form.tree[list.key] = items;
}

// A nested value ("Người ký: Họ và tên") also locates its parent object, the first time it is seen.
function locateAll(cells: Map<string, Position>, pointer: string, position: Position): void {
  cells.set(pointer, position);
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  if (parent !== '' && !cells.has(parent)) cells.set(parent, position);
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1) as string] = value;
}

function readLookups(sheet: XlsxSheet | undefined): Map<string, Choice[]> {
  const lookups = new Map<string, Choice[]>();
  const first = sheet?.rows.find((row) => row.number === 1);
  first?.cells.forEach((cell, index) => {
    const key = String(cell?.value ?? '');
    if (key === '' || index % 2 !== 0) return;
    const choices = (sheet?.rows ?? [])
      .filter((row) => row.number > 1 && text(row, index + 1) !== '')
      .map((row) => ({ name: text(row, index + 1), id: text(row, index + 2) }));
    lookups.set(key, choices);
  });
  return lookups;
}
