import { checkDuplicateSubmissions } from '../core/duplicate-submissions.js';
import { checkRegistries, checkSubmissionUnits, indexUnits } from '../core/units.js';
import type { Finding } from '../messages/catalog.js';
import type { CheckedFile } from './check-file.js';

export interface CrossFileResult {
  findings: Finding[];
  /** False when no unit registry was among the inputs, so unit codes could not be checked. */
  unitsChecked: boolean;
}

export function checkAcrossFiles(files: readonly CheckedFile[]): CrossFileResult {
  const registries = files.flatMap((file) => (file.registry ? [file.registry] : []));
  const headers = files.flatMap((file) => (file.header ? [file.header] : []));
  const findings = checkDuplicateSubmissions(headers);
  if (registries.length === 0) return { findings, unitsChecked: false };
  const index = indexUnits(registries);
  findings.push(...checkRegistries(registries, index), ...checkSubmissionUnits(headers, index));
  return { findings, unitsChecked: true };
}
