import { findTextsTooLongForExcel } from '../core/excel-cell-limit.js';
import { findPlaceholders } from '../core/placeholders.js';
import type { SubmissionKind } from '../core/kinds.js';
import type { Plan } from '../core/plan.js';
import type { Rubric, ScoreSheet } from '../core/rubric.js';
import type { Meeting } from '../core/votes.js';
import type { Span } from '../diagnostics/types.js';
import type { SubmissionRecords } from '../core/records.js';
import type { ClassifiedFile, SubmissionHeader, UnitRegistry } from '../core/types.js';
import { classify, isFinding } from '../decode/classify.js';
import { decodeHeader } from '../decode/header.js';
import { decodePlan } from '../decode/plan.js';
import { decodeMeeting } from '../decode/meeting.js';
import { decodeRecords } from '../decode/records.js';
import { decodeRubric } from '../decode/rubric.js';
import { decodeScoreSheet, readCriterionNumbers } from '../decode/score-sheet.js';
import { decodeRegistry } from '../decode/registry.js';
import { decodeBytes, encodingFinding } from '../io/decode-bytes.js';
import { parseYamlText } from '../io/load-yaml.js';
import type { LoadedYaml } from '../io/load-yaml.js';
import { defaultSeverity } from '../messages/catalog.js';
import type { Finding } from '../messages/catalog.js';
import { findingFromAjvError } from '../schema/ajv-findings.js';
import type { SchemaRegistry } from '../schema/registry.js';

/** Everything learnt from one file: its own findings plus what the cross-file rules need. */
export interface CheckedFile {
  file: string;
  findings: Finding[];
  /** The NFC text, for code frames and for locating cross-file findings; the parsed document is not kept. */
  text?: string;
  kind?: ClassifiedFile['kind'];
  schemaValid: boolean;
  registry?: UnitRegistry;
  plan?: Plan;
  rubric?: Rubric;
  scoreSheet?: ScoreSheet;
  meeting?: Meeting;
  header?: SubmissionHeader;
  records?: SubmissionRecords;
  /** An Excel form's cell locator: its findings point at cells, not at lines of the YAML it was converted to. */
  cells?: (pointer: string) => Span;
}

/** bytes → text → YAML → kind → schema → decoded entities. Problems become findings; nothing throws. */
/** `withRecords`: also extract models, people, nominees and votes with their lines (merge needs them; validate does not). */
export function checkFileBytes(
  file: string,
  bytes: Uint8Array,
  schemas: SchemaRegistry,
  withRecords = false,
): CheckedFile {
  const { checked, yaml, data } = checkParsed(file, bytes, schemas);
  if (!yaml) return checked;
  return { ...locateAndRecord(checked, data, withRecords, (p, onKey) => yaml.locate(p, onKey)), text: yaml.text };
}

/**
 * A data tree that did not come from YAML text (an Excel form), through the same checks from the kind onwards:
 * schema, decoders, per-file rules; `locate` gives each pointer's cell.
 */
export function checkFileData(
  file: string,
  data: unknown,
  schemas: SchemaRegistry,
  withRecords: boolean,
  locate: (pointer: string) => Span,
): CheckedFile {
  const { checked, data: classified } = checkClassified(file, data, [], schemas);
  return locateAndRecord(checked, classified, withRecords, locate);
}

function locateAndRecord(
  checked: CheckedFile,
  data: Record<string, unknown> | undefined,
  withRecords: boolean,
  locate: (pointer: string, onKey: boolean) => Span,
): CheckedFile {
  if (withRecords && checked.header && data) {
    checked.records = decodeRecords(checked.header.kind, data, checked.file, (pointer) => locate(pointer, false).start);
  }
  // Locate this file's findings now, while its document exists; holding thousands of documents costs memory and GC.
  const findings = checked.findings.map((finding) =>
    finding.span ? finding : { ...finding, span: locate(finding.at.pointer, finding.onKey ?? false) },
  );
  return { ...checked, findings };
}

function checkParsed(
  file: string,
  bytes: Uint8Array,
  schemas: SchemaRegistry,
): { checked: CheckedFile; yaml?: LoadedYaml; data?: Record<string, unknown> } {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { checked: { file, findings: [encodingFinding(file, decoded)], schemaValid: false } };
  const yaml = parseYamlText(file, decoded.text);
  const findings = [...yaml.findings];
  // Only a real syntax error stops the file; %YAML 1.1 and an ignored tag are notices, and the file is checked fully.
  const hasSyntaxError = findings.some(
    (finding) => finding.ruleId.startsWith('yaml/') && defaultSeverity(finding.ruleId) === 'error',
  );
  if (hasSyntaxError) return { checked: { file, findings, schemaValid: false }, yaml };
  return { ...checkClassified(file, yaml.data, findings, schemas, (pointer) => sourceText(yaml, pointer)), yaml };
}

function checkClassified(
  file: string,
  document: unknown,
  findings: Finding[],
  schemas: SchemaRegistry,
  /** The text of a one-line value as typed (YAML only): `tieu_chi: 1.10` stays "1.10". */
  sourceOf?: (pointer: string) => string | undefined,
): { checked: CheckedFile; data?: Record<string, unknown> } {
  const classified = classify(file, document);
  if (isFinding(classified)) return { checked: { file, findings: [...findings, classified], schemaValid: false } };
  findings.push(...findTextsTooLongForExcel(file, classified.data), ...findPlaceholders(file, classified.data));
  if (classified.kind === 'cham-diem' && sourceOf)
    findings.push(...readCriterionNumbers(file, classified.data, sourceOf));
  const validate = schemas.validator(classified.kind);
  const schemaValid = validate(classified.data);
  if (!schemaValid) findings.push(...(validate.errors ?? []).map((error) => findingFromAjvError(file, error)));
  const result: CheckedFile = { file, findings, kind: classified.kind, schemaValid };
  if (classified.kind === 'danh-muc-don-vi') {
    if (schemaValid) result.registry = decodeRegistry(file, classified.data);
  } else if (classified.kind === 'ke-hoach') {
    if (schemaValid) result.plan = decodePlan(file, classified.data);
  } else if (classified.kind === 'bo-tieu-chi') {
    if (schemaValid) result.rubric = decodeRubric(file, classified.data);
  } else {
    result.header = decodeHeader(classified as ClassifiedFile & { kind: SubmissionKind });
    const sheet = classified.kind === 'cham-diem' ? decodeScoreSheet(file, classified.data) : undefined;
    if (sheet) result.scoreSheet = sheet;
    const meeting = classified.kind === 'bien-ban' ? decodeMeeting(file, classified.data) : undefined;
    if (meeting) result.meeting = meeting;
  }
  return { checked: result, data: classified.data };
}

// The text of a one-line value as written in the file.
function sourceText(yaml: LoadedYaml, pointer: string): string | undefined {
  const { start, end } = yaml.locate(pointer);
  if (start.line !== end.line) return undefined;
  return yaml.text.split('\n')[start.line - 1]?.slice(start.column - 1, end.column - 1);
}
