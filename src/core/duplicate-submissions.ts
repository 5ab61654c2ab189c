import type { Finding } from '../messages/catalog.js';
import type { SubmissionHeader } from './types.js';

const periodOf = (submission: SubmissionHeader): string =>
  `${submission.year ?? '?'}${submission.reportPeriod ? ` (${submission.reportPeriod})` : ''}`;

/** Two files claiming the same unit, kind and period: each is told where the other is. */
export function checkDuplicateSubmissions(submissions: readonly SubmissionHeader[]): Finding[] {
  const groups = new Map<string, SubmissionHeader[]>();
  for (const submission of submissions) {
    if (submission.unitCode === undefined || submission.year === undefined) continue;
    const key = [submission.kind, submission.unitCode, submission.year, submission.reportPeriod ?? ''].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), submission]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const submission of group) {
      const others = group.filter((other) => other !== submission);
      findings.push({
        ruleId: 'submission/duplicate',
        params: {
          kind: submission.kind,
          unit: submission.unitCode ?? '',
          period: periodOf(submission),
          other: others.map((other) => other.file).join(', '),
        },
        at: submission.unitRef,
        related: others.map((other) => other.unitRef),
      });
    }
  }
  return findings;
}
