import type { Finding } from '../messages/catalog.js';
import { foldName } from './names.js';
import type { ListedItem, SubmissionHeader } from './types.js';

/** The same model code, collective or person listed twice in one file: it would be counted twice. */
export function checkDuplicateItems(submission: SubmissionHeader): Finding[] {
  const firstSeen = new Map<string, ListedItem>();
  const findings: Finding[] = [];
  for (const item of submission.items) {
    const key = `${item.what}\u0000${item.what === 'model-code' ? item.value : foldName(item.value)}`;
    const first = firstSeen.get(key);
    if (!first) {
      firstSeen.set(key, item);
      continue;
    }
    findings.push({
      ruleId: 'submission/duplicate-item',
      params: { what: item.what, value: item.value },
      at: { file: submission.file, pointer: item.pointer },
      related: [{ file: submission.file, pointer: first.pointer }],
    });
  }
  return findings;
}
