import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { childPointer } from '../diagnostics/pointer.js';
import type { Finding } from '../messages/catalog.js';
import { formatDate } from './dates.js';
import type { IsoDate } from './dates.js';
import type { Deadline, Plan } from './plan.js';
import type { RuleQuote } from './plan-sources.js';
import type { SubmissionHeader } from './types.js';

const toIso = (date: Date): IsoDate =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` as IsoDate;

/** The deadline's date for a given year: a yearly deadline ("trước ngày 25/11 hằng năm") moves to that year. */
export function deadlineDate(deadline: Deadline, year: number | undefined): IsoDate {
  if (!deadline.recursYearly || year === undefined) return deadline.date;
  return `${year}${deadline.date.slice(4)}` as IsoDate;
}

/** The last day that is still on time: the day itself when inclusive, the day before for "trước ngày X". */
export function lastOnTimeDay(deadline: Deadline, year: number | undefined): IsoDate {
  const date = deadlineDate(deadline, year);
  return deadline.inclusive ? date : toIso(subDays(parseISO(date), 1));
}

/**
 * What a message about a deadline quotes: its sentence, and `assumed` only when the deadline is marked `gia_dinh` or
 * implied by a report period with no date (a deadline without `nguon` is not called an assumption: its date is
 * still the plan's).
 */
export const quoteDeadline = (deadline: Pick<Deadline, 'source' | 'assumed'>): RuleQuote => ({
  ...(deadline.source ? { source: deadline.source } : {}),
  ...(deadline.assumed ? { assumed: true as const } : {}),
});

export function deadlinesFor(plan: Plan, submission: SubmissionHeader): Deadline[] {
  return plan.deadlines.filter(
    (deadline) =>
      deadline.appliesTo.includes(submission.kind) &&
      (deadline.reportPeriod === undefined || deadline.reportPeriod === submission.reportPeriod) &&
      (submission.year === undefined || deadline.years.includes(submission.year)),
  );
}

/** Days late, or 0 when on time. */
export function daysLate(deliveredOn: IsoDate, deadline: Deadline, year: number | undefined): number {
  return Math.max(0, differenceInCalendarDays(parseISO(deliveredOn), parseISO(lastOnTimeDay(deadline, year))));
}

/** The receipt date the officer recorded wins over the unit's own sent date. */
export const deliveredOn = (submission: SubmissionHeader): IsoDate | undefined =>
  submission.receivedOn ?? submission.sentOn;

export function checkDeadlines(plan: Plan, submission: SubmissionHeader, today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  const delivered = deliveredOn(submission);
  if (!delivered) return findings;
  const dateField = submission.receivedOn ? 'ngay_nhan' : 'ngay_gui';
  const at = { file: submission.file, pointer: childPointer('', dateField) };
  if (differenceInCalendarDays(parseISO(delivered), parseISO(today)) > 0) {
    findings.push({
      ruleId: 'deadline/future-date',
      params: { date: formatDate(delivered), today: formatDate(today) },
      at,
    });
  }
  for (const deadline of deadlinesFor(plan, submission)) {
    const days = daysLate(delivered, deadline, submission.year);
    if (days === 0) continue;
    findings.push({
      ruleId: 'deadline/late',
      params: {
        days,
        deadline: formatDate(deadlineDate(deadline, submission.year)),
        inclusive: deadline.inclusive,
        name: deadline.name,
        ...quoteDeadline(deadline),
      },
      at,
      severity: deadline.severity,
      related: [deadline.ref],
    });
  }
  return findings;
}
