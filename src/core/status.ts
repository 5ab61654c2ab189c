import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { resolveUnit } from './attribution.js';
import { expectedUnits } from './categories.js';
import type { IsoDate } from './dates.js';
import { daysLate, deadlineDate, deliveredOn, lastOnTimeDay } from './deadlines.js';
import type { SubmissionKind } from './kinds.js';
import type { Deadline, Plan, Subject, UnitCategory } from './plan.js';
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
  deadlines: DeadlineStatus[];
  /** Needs the officer's attention now: something missing or late past a deadline. */
  overdue: boolean;
}

export interface CampaignStatus {
  today: IsoDate;
  year: number;
  units: UnitStatus[];
  nextDeadline?: { id: string; name: string; date: IsoDate; daysLeft: number };
}

const days = (from: IsoDate, to: IsoDate) => differenceInCalendarDays(parseISO(to), parseISO(from));

/** The plan year that "today" falls in, clamped to the plan's years. */
export function statusYear(plan: Plan, today: IsoDate): number {
  return Math.min(plan.lastYear, Math.max(plan.firstYear, Number(today.slice(0, 4))));
}

export function buildStatus(
  plan: Plan,
  index: UnitIndex,
  headers: readonly SubmissionHeader[],
  today: IsoDate,
): CampaignStatus {
  const year = statusYear(plan, today);
  const units = [...index.byCode.values()];
  const chosen = effectiveRegistrations(
    headers.filter((h) => h.kind === 'dang-ky'),
    index,
  );
  const rows = expectedUnits(units, plan).map(({ unit, category }): UnitStatus => {
    const mine = headers.filter((h) => resolveUnit(h.unitCode, index)?.unit.code === unit.code);
    const registration = chosen.get(`${unit.code}\u0000${year}`);
    const quotas: Partial<Record<Subject, QuotaStatus>> = {};
    for (const subject of ['tap-the', 'ca-nhan'] as const) {
      const quota = category.quotas[subject];
      if (!quota) continue;
      const count = registration ? (subject === 'tap-the' ? registration.modelCount : registration.personCount) : 0;
      const ok = meetsQuota(quota, count);
      quotas[subject] = { count, quota: quota.count, mode: quota.mode, ok };
    }
    const deadlines = plan.deadlines
      .filter((d) => d.appliesTo.length > 0)
      .map((d) => deadlineStatus(d, mine, year, today));
    return {
      unit: { code: unit.code, name: unit.name, ...letterheadOf(unit, category) },
      category: category.name,
      quotas,
      deadlines,
      overdue: deadlines.some((d) => d.state === 'missing' || d.state === 'late'),
    };
  });
  const nextDeadline = findNextDeadline(plan, year, today);
  return { today, year, units: rows, ...(nextDeadline ? { nextDeadline } : {}) };
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
    for (const deadline of plan.deadlines.filter((d) => d.appliesTo.length > 0 && d.years.includes(year))) {
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
  const base = { id: deadline.id, name: deadline.name, date: deadlineDate(deadline, year) };
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
      return dates[0] ? daysLate(dates[0], deadline, year) : 0;
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
