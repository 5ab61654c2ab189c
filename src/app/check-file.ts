import type { SubmissionKind } from '../core/kinds.js';
import type { Plan } from '../core/plan.js';
import type { ClassifiedFile, SubmissionHeader, UnitRegistry } from '../core/types.js';
import { classify, isFinding } from '../decode/classify.js';
import { decodeHeader } from '../decode/header.js';
import { decodePlan } from '../decode/plan.js';
import { decodeRegistry } from '../decode/registry.js';
import { decodeBytes } from '../io/decode-bytes.js';
import { parseYamlText } from '../io/load-yaml.js';
import type { LoadedYaml } from '../io/load-yaml.js';
import type { Finding } from '../messages/catalog.js';
import { findingFromAjvError } from '../schema/ajv-findings.js';
import type { SchemaRegistry } from '../schema/registry.js';

/** Everything learnt from one file: its own findings plus what the cross-file rules need. */
export interface CheckedFile {
  file: string;
  findings: Finding[];
  yaml?: LoadedYaml;
  kind?: ClassifiedFile['kind'];
  schemaValid: boolean;
  registry?: UnitRegistry;
  plan?: Plan;
  header?: SubmissionHeader;
}

/** bytes → text → YAML → kind → schema → decoded entities. Problems become findings; nothing throws. */
export function checkFileBytes(file: string, bytes: Uint8Array, schemas: SchemaRegistry): CheckedFile {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    const span = { start: decoded.position, end: decoded.position };
    const at = { file, pointer: '' };
    const finding: Finding =
      decoded.problem === 'binary'
        ? { ruleId: 'encoding/binary', params: {}, at, span }
        : decoded.problem === 'legacy-vietnamese'
          ? { ruleId: 'encoding/legacy-vietnamese', params: { byte: decoded.byte }, at, span }
          : { ruleId: 'encoding/invalid-utf8', params: { byte: decoded.byte }, at, span };
    return { file, findings: [finding], schemaValid: false };
  }
  const yaml = parseYamlText(file, decoded.text);
  const findings = [...yaml.findings];
  const hasSyntaxError = findings.some((finding) => finding.ruleId.startsWith('yaml/'));
  if (hasSyntaxError) return { file, findings, yaml, schemaValid: false };
  const classified = classify(file, yaml.data);
  if (isFinding(classified)) return { file, findings: [...findings, classified], yaml, schemaValid: false };
  const validate = schemas.validator(classified.kind);
  const schemaValid = validate(classified.data);
  if (!schemaValid) findings.push(...(validate.errors ?? []).map((error) => findingFromAjvError(file, error)));
  const result: CheckedFile = { file, findings, yaml, kind: classified.kind, schemaValid };
  if (classified.kind === 'danh-muc-don-vi') {
    if (schemaValid) result.registry = decodeRegistry(file, classified.data);
  } else if (classified.kind === 'ke-hoach') {
    if (schemaValid) result.plan = decodePlan(file, classified.data);
  } else {
    result.header = decodeHeader(classified as ClassifiedFile & { kind: SubmissionKind });
  }
  return result;
}
