import type { Plan } from '../core/plan.js';
import { displayPath } from '../io/discover.js';
import { readSchema } from '../io/load-schemas.js';
import { readFileBounded } from '../io/read-file.js';
import { loadSchemaRegistry } from '../schema/registry.js';
import type { Finding } from '../messages/catalog.js';
import { checkFileBytes } from './check-file.js';
import type { CheckedFile } from './check-file.js';

const PLAN_SIZE_LIMIT = 5 * 1024 * 1024;

/** Reads one plan file through the same checks as validate; `plan` is absent when the file has errors. */
export async function loadPlanFile(
  path: string,
  cwd: string,
): Promise<{ plan?: Plan; checked: CheckedFile; findings: Finding[] }> {
  const file = displayPath(path, cwd);
  const outcome = readFileBounded(path, PLAN_SIZE_LIMIT);
  if (!outcome.ok) {
    const reason = outcome.reason === 'too-large' ? 'too large' : outcome.message;
    const findings: Finding[] = [{ ruleId: 'file/unreadable', params: { reason }, at: { file, pointer: '' } }];
    return { checked: { file, findings, schemaValid: false }, findings };
  }
  const checked = checkFileBytes(file, outcome.bytes, await loadSchemaRegistry(readSchema));
  const errors = checked.findings.filter((finding) => finding.ruleId !== 'text/normalized-nfc');
  return {
    ...(checked.plan && errors.length === 0 ? { plan: checked.plan } : {}),
    checked,
    findings: checked.findings,
  };
}
