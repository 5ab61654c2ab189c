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
import { checkFileBytes } from './check-file.js';
import type { CheckedFile } from './check-file.js';

const NOT_SUBMISSIONS: readonly Kind[] = ['ke-hoach', 'danh-muc-don-vi', 'bo-tieu-chi'];
const isSubmissionKind = (kind: string): kind is SubmissionKind => isKind(kind) && !NOT_SUBMISSIONS.includes(kind);
const FILE_START: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** A filled form converted: the YAML text it stands for (what `danvan import` writes) and where each value was. */
export interface ConvertedForm {
  yaml: string;
  form: DecodedForm;
}

/** The workbook read into the data tree of its kind, or the finding that says why it cannot be read. */
export async function convertForm(file: string, bytes: Uint8Array): Promise<ConvertedForm | Finding> {
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
  if ('ruleId' in form) return { ...form, span: FILE_START };
  const name = file.split('/').at(-1) ?? file;
  const yaml = `# Chuyển từ biểu mẫu Excel ${name} bằng danvan import\n${stringify(form.tree, { lineWidth: 0 })}`;
  return { yaml, form };
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
 * An Excel form through the same checks as a YAML file: converted to the YAML it stands for, then schema, decoders
 * and rules, with every finding located at its cell (`tep.xlsx:Sheet!C12`).
 */
export async function checkFormBytes(
  file: string,
  bytes: Uint8Array,
  schemas: SchemaRegistry,
  withRecords: boolean,
): Promise<CheckedFile> {
  const converted = await convertForm(file, bytes);
  if ('ruleId' in converted) return { file, findings: [converted], schemaValid: false };
  const { cells } = converted.form;
  const locate = cellLocator(cells);
  const checked = checkFileBytes(file, Buffer.from(converted.yaml, 'utf8'), schemas, withRecords, locate);
  // A missing value is shown at the empty cell where it belongs, rather than at its sheet or row.
  const findings = checked.findings.map((finding) => {
    if (finding.ruleId !== 'schema/required') return finding;
    const cell = cells.get(`${finding.at.pointer}/${finding.params.property}`);
    return cell ? { ...finding, span: { start: cell, end: cell } } : finding;
  });
  return { ...checked, findings: [...converted.form.findings, ...findings], cells: locate };
}
