import { stringify } from 'yaml';
import type { Kind, SubmissionKind } from '../core/kinds.js';
import { isKind } from '../core/kinds.js';
import type { Span } from '../diagnostics/types.js';
import { decodeForm } from '../form/decode-form.js';
import type { DecodedForm } from '../form/decode-form.js';
import { readSchema } from '../io/load-schemas.js';
import { readXlsx } from '../io/read-xlsx.js';
import type { Finding } from '../messages/catalog.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { checkFileData } from './check-file.js';
import type { CheckedFile } from './check-file.js';

const NOT_SUBMISSIONS: readonly Kind[] = ['ke-hoach', 'danh-muc-don-vi', 'bo-tieu-chi'];
const isSubmissionKind = (kind: string): kind is SubmissionKind => isKind(kind) && !NOT_SUBMISSIONS.includes(kind);
const FILE_START: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The YAML text a converted form stands for: what `danvan import` writes and what a merge embeds. */
export function formYaml(file: string, form: DecodedForm): string {
  const name = file.split('/').at(-1) ?? file;
  return `# Chuyển từ biểu mẫu Excel ${name} bằng danvan import\n${stringify(form.tree, { lineWidth: 0 })}`;
}

/** The workbook read into the data tree of its kind, or the finding that says why it cannot be read. */
export function convertForm(file: string, bytes: Uint8Array): DecodedForm | Finding {
  const at = { file, pointer: '' };
  const read = readXlsx(bytes);
  if (!read.ok) {
    if (read.problem === 'corrupt')
      return { ruleId: 'form/corrupt', params: { detail: read.detail }, at, span: FILE_START };
    return {
      ruleId: read.problem === 'encrypted' ? 'form/encrypted' : 'form/legacy-xls',
      params: {},
      at,
      span: FILE_START,
    };
  }
  const form = decodeForm(file, read.sheets, (kind) => (isSubmissionKind(kind) ? readSchema(kind) : undefined));
  return 'ruleId' in form ? { ...form, span: FILE_START } : form;
}

/** A cell locator: the cell of a pointer, or of its nearest ancestor that has one. */
export function cellLocator(cells: ReadonlyMap<string, Span['start']>): (pointer: string) => Span {
  return (pointer) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const cell = cells.get(p);
      if (cell) return { start: cell, end: cell };
      if (p === '') return FILE_START;
    }
  };
}

/**
 * An Excel form through the same checks as a YAML file: its data tree goes to the schema, decoders and rules, with
 * every finding located at its cell (`tep.xlsx:Sheet!C12`). The YAML text it stands for is written out only when
 * asked (import writes it, merge embeds it): validating does not need it, and it would double the cost of a form.
 */
export function checkFormBytes(
  file: string,
  bytes: Uint8Array,
  schemas: SchemaRegistry,
  withRecords: boolean,
  withText: boolean,
): CheckedFile {
  const form = convertForm(file, bytes);
  if ('ruleId' in form) return { file, findings: [form], schemaValid: false };
  const { cells } = form;
  const locate = cellLocator(cells);
  const checked = checkFileData(file, form.tree, schemas, withRecords, locate);
  // A missing value is shown at the empty cell where it belongs, rather than at its sheet or row.
  const findings = checked.findings.map((finding) => {
    if (finding.ruleId !== 'schema/required') return finding;
    const cell = cells.get(`${finding.at.pointer}/${finding.params.property}`);
    return cell ? { ...finding, span: { start: cell, end: cell } } : finding;
  });
  return {
    ...checked,
    findings: [...form.findings, ...findings],
    cells: locate,
    ...(withText ? { text: formYaml(file, form) } : {}),
  };
}
