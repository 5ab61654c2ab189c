import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { resolveUnit } from './attribution.js';
import { expectedUnits } from './categories.js';
import { groupBy } from './group-by.js';
import type { IsoDate } from './dates.js';
import { daysLate, deadlineDate, deliveredOn, lastOnTimeDay } from './deadlines.js';
import type { SubmissionKind } from './kinds.js';
import type { Deadline, Plan, Subject, UnitCategory } from './plan.js';
import { ownDeadlines, unitDeadlines } from './periodic-reports.js';
import { effectiveRegistrations, meetsQuota } from './quotas.js';
import type { SubmissionHeader, Unit } from './types.js';
import type { UnitIndex } from './units.js';

/** `optional`: nothing sent for a deadline that does not require it (bat_buoc: false). */
export type DeadlineState = 'submitted' | 'late' | 'missing' | 'pending' | 'optional';

export interface DeadlineStatus {
  id: string;
  name: string;
  date: IsoDate;
  state: DeadlineState;
  /** Late: days after the last on-time day; missing: days overdue. */
  daysLate: number;
  /** Pending: days left until the last on-time day (0 = today is the last day). */
  daysLeft: number;
  missingKinds: SubmissionKind[];
  files: string[];
  /** The plan states no date for it: the date is assumed (a report period's last day). */
  assumed?: boolean;
  /** Reports only: content groups of the plan that the unit's report leaves out. */
  missingGroups?: string[];
}

/** A deadline of the receiving body itself (the consolidated report it sends up), shown on its own line. */
export interface OwnDeadlineStatus {
  id: string;
  name: string;
  date: IsoDate;
  /** Days left until the last on-time day; negative once it has passed. */
  daysLeft: number;
  receiver?: string;
  source?: string;
}

export interface QuotaStatus {
  count: number;
  quota: number;
  mode: string;
  ok: boolean;
}

export interface UnitStatus {
  /** `letterhead`: the unit's own "tieu_de" over its category's defaults, when either exists (added with issue 10). */
  unit: Pick<Unit, 'code' | 'name' | 'letterhead'>;
  category: string;
  quotas: Partial<Record<Subject, QuotaStatus>>;
  /**
   * What the unit's effective registration for the year lists, whether or not the plan sets a quota (seeds 002 and
   * 003 set none, and the officer still wants the count). Absent when the unit has sent no registration.
   */
  registered?: Record<Subject, number>;
  deadlines: DeadlineStatus[];
  /** Needs the officer's attention now: something missing or late past a deadline. */
  overdue: boolean;
  /**
   * The unit's files that still hold danvan init's sample text ("… (sửa lại)", text/placeholder): sent, but not yet
   * the unit's own words, so the state is never shown as plainly "ổn". Absent when there are none.
   */
  sampleFiles?: string[];
  /**
   * The unit's files with errors other than lateness: danvan merge keeps them out of the dataset until they are
   * corrected, so the state is never "ổn" while one is left. Absent when there are none.
   */
  errorFiles?: string[];
}

export interface CampaignStatus {
  today: IsoDate;
  year: number;
  units: UnitStatus[];
  nextDeadline?: { id: string; name: string; date: IsoDate; daysLeft: number };
  /** The receiving body's own deadlines for the year (`ap_dung: []`), e.g. seed 001's 05/12 consolidated report. */
  ownDeadlines: OwnDeadlineStatus[];
}

const days = (from: IsoDate, to: IsoDate) => differenceInCalendarDays(parseISO(to), parseISO(from));

/** The plan year that "today" falls in, clamped to the plan's years. */
export function statusYear(plan: Plan, today: IsoDate): number {
  return Math.min(plan.lastYear, Math.max(plan.firstYear, Number(today.slice(0, 4))));
}

/**
 * `withSamples`: the files that still hold init's sample text (text/placeholder); `withErrors`: the files with errors
 * other than lateness (kept out by danvan merge); both only mark their units' rows.
 */
export function buildStatus(
  plan: Plan,
  index: UnitIndex,
  headers: readonly SubmissionHeader[],
  today: IsoDate,
  withSamples: ReadonlySet<string> = new Set(),
  withErrors: ReadonlySet<string> = new Set(),
): CampaignStatus {
  const year = statusYear(plan, today);
  const units = [...index.byCode.values()];
  const chosen = effectiveRegistrations(
    headers.filter((h) => h.kind === 'dang-ky'),
    index,
  );
  // Each file's unit resolved once: filtering every header for every unit was O(units × files); a 4,022-unit
  // campaign's merge (20,112 files) took 157 s with it, 74 s without (docs/PERFORMANCE.md).
  const byUnit = groupBy(headers, (header) => resolveUnit(header.unitCode, index)?.unit.code ?? '');
  const rows = expectedUnits(units, plan).map(({ unit, category }): UnitStatus => {
    const mine = byUnit.get(unit.code) ?? [];
    const registration = chosen.get(`${unit.code}\u0000${year}`);
    const quotas: Partial<Record<Subject, QuotaStatus>> = {};
    for (const subject of ['tap-the', 'ca-nhan'] as const) {
      const quota = category.quotas[subject];
      if (!quota) continue;
      const count = registration ? (subject === 'tap-the' ? registration.modelCount : registration.personCount) : 0;
      const ok = meetsQuota(quota, count);
      quotas[subject] = { count, quota: quota.count, mode: quota.mode, ok };
    }
    // Only the deadlines of this year: a one-off registration date of 2026 says nothing about 2027.
    const deadlines = unitDeadlines(plan, year).map((d) =>
      withGroups(plan, deadlineStatus(d, mine, year, today), mine),
    );
    const sampleFiles = mine.filter((h) => withSamples.has(h.file)).map((h) => h.file);
    const errorFiles = mine.filter((h) => withErrors.has(h.file)).map((h) => h.file);
    return {
      unit: { code: unit.code, name: unit.name, ...letterheadOf(unit, category) },
      category: category.name,
      quotas,
      ...(registration
        ? { registered: { 'tap-the': registration.modelCount, 'ca-nhan': registration.personCount } }
        : {}),
      deadlines,
      overdue: deadlines.some((d) => d.state === 'missing' || d.state === 'late' || (d.missingGroups?.length ?? 0) > 0),
      ...(sampleFiles.length > 0 ? { sampleFiles } : {}),
      ...(errorFiles.length > 0 ? { errorFiles } : {}),
    };
  });
  const nextDeadline = findNextDeadline(plan, year, today);
  const own = ownDeadlines(plan, year).map((d): OwnDeadlineStatus => ({
    id: d.id,
    name: d.name,
    date: deadlineDate(d, year),
    daysLeft: days(today, lastOnTimeDay(d, year)),
    ...(d.receiver ? { receiver: d.receiver } : {}),
    ...(d.source ? { source: d.source } : {}),
  }));
  return { today, year, units: rows, ...(nextDeadline ? { nextDeadline } : {}), ownDeadlines: own };
}

// A report that leaves out a content group the plan requires is sent but not complete: the officer follows it up.
function withGroups(plan: Plan, status: DeadlineStatus, mine: readonly SubmissionHeader[]): DeadlineStatus {
  if (plan.contentGroups.length === 0 || status.files.length === 0) return status;
  const reports = mine.filter((h) => h.kind === 'bao-cao' && status.files.includes(h.file));
  if (reports.length === 0) return status;
  const covered = new Set(
    reports.flatMap((h) => h.vocabulary.filter((v) => v.vocabulary === 'nhom-noi-dung').map((v) => v.value)),
  );
  const missingGroups = plan.contentGroups.map((g) => g.id).filter((id) => !covered.has(id));
  return missingGroups.length > 0 ? { ...status, missingGroups } : status;
}

// Field by field: the registry's entry for the unit, then the plan's default for its category.
function letterheadOf(unit: Unit, category: UnitCategory): Pick<Unit, 'letterhead'> {
  if (!unit.letterhead && !category.letterhead) return {};
  return { letterhead: { ...category.letterhead, ...unit.letterhead } };
}

/** The nearest deadline still ahead that units must meet, looking through the plan's remaining years. */
function findNextDeadline(plan: Plan, fromYear: number, today: IsoDate): CampaignStatus['nextDeadline'] {
  const upcoming = [];
  for (let year = fromYear; year <= plan.lastYear; year += 1) {
    for (const deadline of unitDeadlines(plan, year)) {
      const daysLeft = days(today, lastOnTimeDay(deadline, year));
      if (daysLeft >= 0)
        upcoming.push({ id: deadline.id, name: deadline.name, date: deadlineDate(deadline, year), daysLeft });
    }
  }
  return upcoming.sort((a, b) => a.daysLeft - b.daysLeft)[0];
}

function deadlineStatus(
  deadline: Deadline,
  mine: readonly SubmissionHeader[],
  year: number,
  today: IsoDate,
): DeadlineStatus {
  const lastDay = lastOnTimeDay(deadline, year);
  const base = {
    id: deadline.id,
    name: deadline.name,
    date: deadlineDate(deadline, year),
    ...(deadline.assumed ? { assumed: true } : {}),
  };
  const relevant = (kind: SubmissionKind) =>
    mine.filter(
      (h) =>
        h.kind === kind &&
        h.year === year &&
        (deadline.reportPeriod === undefined || h.reportPeriod === deadline.reportPeriod),
    );
  const missingKinds = deadline.appliesTo.filter((kind) => relevant(kind).length === 0);
  const submitted = deadline.appliesTo.flatMap(relevant);
  const files = submitted.map((h) => h.file).sort();
  // The earliest delivery of each kind decides lateness: a later correction does not make a unit late.
  const late = Math.max(
    0,
    ...deadline.appliesTo.map((kind) => {
      const dates = relevant(kind)
        .flatMap((h) => deliveredOn(h) ?? [])
        .sort();
      // An assumed date (the plan gives none) says when a report is missing, never that one sent was late.
      return dates[0] && !deadline.assumed ? daysLate(dates[0], deadline, year) : 0;
    }),
  );
  const overdueBy = days(lastDay, today);
  if (!deadline.required && submitted.length === 0) {
    return { ...base, state: 'optional', daysLate: 0, daysLeft: 0, missingKinds: [], files };
  }
  if (deadline.required && missingKinds.length > 0 && overdueBy > 0) {
    return { ...base, state: 'missing', daysLate: overdueBy, daysLeft: 0, missingKinds, files };
  }
  if (missingKinds.length > 0)
    return { ...base, state: 'pending', daysLate: 0, daysLeft: days(today, lastDay), missingKinds, files };
  if (late > 0) return { ...base, state: 'late', daysLate: late, daysLeft: 0, missingKinds, files };
  return { ...base, state: 'submitted', daysLate: 0, daysLeft: 0, missingKinds, files };
}
