import type { IsoDate } from './dates.js';
import { daysLate, deadlineDate } from './deadlines.js';
import { unitDeadlines } from './periodic-reports.js';
import type { Plan } from './plan.js';
import type { ReportPeriod } from './types.js';

/** Rà soát mô hình: the yearly outcome a unit states for each model it owns (seed 001: "thanh loại hoặc công nhận lại"). */
export const REVIEW_OUTCOMES = ['duy-tri', 'nang-chat', 'cong-nhan-lai', 'thanh-loai'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** One unit's report for a period, as the consolidated report needs it (decode/period-report.ts reads it). */
export interface UnitPeriodReport {
  /** The current unit's code (a former unit's code already mapped). */
  unit: string;
  file: string;
  deliveredOn?: IsoDate;
  groups: { id: string; text: string }[];
  models: { code?: string; name: string; result: string; outcome?: ReviewOutcome; reason?: string }[];
  shortcomings?: string;
  direction?: string;
  proposals?: string;
  /**
   * The rules the file breaks (errors only, by rule id). A received report counts as received whatever its errors
   * (a late one as late); the report names its defects so the unit can correct them.
   */
  defects?: string[];
  /** The file's structure is wrong (YAML, schema, encoding): received, but its content is left out of the report. */
  withheld?: boolean;
}

// Errors that leave a report's content sound: it is compiled and the defect noted. Any other error (YAML, schema,
// encoding, a report of another plan) means the content cannot be trusted: the report is counted, its content withheld.
const COMPLIANCE_RULES = /^(deadline|review|report|text)\//;

/** Whether a report breaking these rules (rule ids of its errors) is compiled with a note or withheld (see above). */
export const withholdsContent = (ruleIds: readonly string[]): boolean =>
  ruleIds.some((id) => !COMPLIANCE_RULES.test(id));

/** A model or a person a unit registered, with the year of the registration. */
export interface RegisteredItem {
  unit: string;
  year?: number;
  code?: string;
  name: string;
  field?: string;
}

export interface UnitPeriodRow {
  unit: { code: string; name: string };
  report?: UnitPeriodReport;
  state: 'on-time' | 'late' | 'missing';
  daysLate: number;
  models: number;
  people: number;
  /** Content groups of the plan the report covers. */
  groupsCovered: number;
}

/** Everything the receiving body's consolidated report states for a plan, a period and a year. Counts are exact. */
export interface PeriodSummary {
  period: ReportPeriod;
  year: number;
  /** The deadline units' reports for the period are held to, if the plan (or its assumption) gives one. */
  deadline?: { name: string; date: IsoDate; inclusive: boolean; assumed: boolean; source?: string };
  rows: UnitPeriodRow[];
  counts: {
    units: number;
    reported: number;
    onTime: number;
    late: number;
    missing: number;
    /** Models registered for the year, and how many of those no earlier year of the inbox registered. */
    models: number;
    newModels: number;
    people: number;
    outcomes: Record<ReviewOutcome, number>;
  };
  byField: { id: string; name: string; models: number }[];
  byGroup: { id: string; name: string; units: number }[];
}

const key = (item: RegisteredItem) => `${item.unit}\u0000${item.code ?? item.name}`;

/**
 * Aggregates the units' reports for `period` of `year` against the plan: who reported on time, late or not at all
 * (against the plan's deadline for that period; an assumed deadline only tells missing reports), models and people
 * registered for the year (new: not registered in an earlier year), review outcomes, models per field, units per
 * content group. `units` are the units the plan expects, in the order the report lists them.
 */
export function summarisePeriod(
  plan: Plan,
  units: readonly { code: string; name: string }[],
  reports: readonly UnitPeriodReport[],
  registered: { models: readonly RegisteredItem[]; people: readonly RegisteredItem[] },
  period: ReportPeriod,
  year: number,
): PeriodSummary {
  const deadline = unitDeadlines(plan, year).find(
    (d) => d.appliesTo.includes('bao-cao') && (d.reportPeriod === undefined || d.reportPeriod === period),
  );
  const models = registered.models.filter((m) => m.year === year);
  const earlier = new Set(registered.models.filter((m) => m.year !== undefined && m.year < year).map(key));
  const people = registered.people.filter((p) => p.year === year);
  const outcomes: Record<ReviewOutcome, number> = { 'duy-tri': 0, 'nang-chat': 0, 'cong-nhan-lai': 0, 'thanh-loai': 0 };
  const rows = units.map((unit): UnitPeriodRow => {
    const report = reports.find((r) => r.unit === unit.code);
    for (const model of report?.models ?? []) if (model.outcome) outcomes[model.outcome] += 1;
    const late =
      report?.deliveredOn && deadline && !deadline.assumed ? daysLate(report.deliveredOn, deadline, year) : 0;
    const groupIds = new Set(report?.groups.map((g) => g.id));
    return {
      unit,
      ...(report ? { report } : {}),
      state: !report ? 'missing' : late > 0 ? 'late' : 'on-time',
      daysLate: late,
      models: models.filter((m) => m.unit === unit.code).length,
      people: people.filter((p) => p.unit === unit.code).length,
      groupsCovered: plan.contentGroups.filter((g) => groupIds.has(g.id)).length,
    };
  });
  const count = (state: UnitPeriodRow['state']) => rows.filter((r) => r.state === state).length;
  return {
    period,
    year,
    ...(deadline
      ? {
          deadline: {
            name: deadline.name,
            date: deadlineDate(deadline, year),
            inclusive: deadline.inclusive,
            assumed: deadline.assumed ?? false,
            ...(deadline.source ? { source: deadline.source } : {}),
          },
        }
      : {}),
    rows,
    counts: {
      units: rows.length,
      reported: rows.length - count('missing'),
      onTime: count('on-time'),
      late: count('late'),
      missing: count('missing'),
      models: models.length,
      newModels: models.filter((m) => !earlier.has(key(m))).length,
      people: people.length,
      outcomes,
    },
    byField: plan.fields.map((f) => ({ ...f, models: models.filter((m) => m.field === f.id).length })),
    byGroup: plan.contentGroups.map((g) => ({
      ...g,
      units: rows.filter((r) => r.report?.groups.some((x) => x.id === g.id)).length,
    })),
  };
}
