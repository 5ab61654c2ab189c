import { childPointer } from '../diagnostics/pointer.js';
import type { Finding } from '../messages/catalog.js';
import type { Deadline, Plan } from './plan.js';
import { quotePlanRule, undatedReportPeriods } from './plan-sources.js';
import type { ReportPeriod, SubmissionHeader } from './types.js';

/** The last day of a report period: 30/6 for the 6-month report, 31/12 for the yearly one. */
export const periodEnd = (period: ReportPeriod, year: number): string =>
  period === '6-thang' ? `${year}-06-30` : `${year}-12-31`;

const PERIOD_NAMES: Record<ReportPeriod, string> = { '6-thang': 'Báo cáo 6 tháng', 'ca-nam': 'Báo cáo năm' };

/**
 * The deadlines every unit must meet in `year`: the plan's own (those whose `years` include it and that apply to a
 * kind of file), plus one for each report period of `ky_bao_cao` that no deadline covers. A plan that requires
 * 6-month and yearly reports without a date (seed 002: "báo cáo 06 tháng và báo cáo năm") still requires them: the
 * added deadline falls on the period's last day and is marked `assumed`, since no plan sentence states that date.
 */
export function unitDeadlines(plan: Plan, year: number): Deadline[] {
  const stated = plan.deadlines.filter((d) => d.appliesTo.length > 0 && d.years.includes(year));
  const implied = undatedReportPeriods({ reportPeriods: plan.reportPeriods, deadlines: stated }).map(
    (period): Deadline => ({
      id: `bao-cao-${period}`,
      name: `${PERIOD_NAMES[period]} (kế hoạch không ghi ngày hạn)`,
      date: periodEnd(period, year) as Deadline['date'],
      inclusive: true,
      recursYearly: false,
      appliesTo: ['bao-cao'],
      reportPeriod: period,
      severity: 'warning',
      required: true,
      years: [year],
      assumed: true,
      ref: { file: plan.file, pointer: '/ky_bao_cao' },
    }),
  );
  return [...stated, ...implied];
}

/**
 * The receiving body's own deadlines in `year` (`ap_dung: []`): the consolidated report it sends up, e.g. seed 001's
 * "tổng hợp báo cáo Thường trực Đảng ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 05/12 hằng năm".
 */
export const ownDeadlines = (plan: Plan, year: number): Deadline[] =>
  plan.deadlines.filter((d) => d.appliesTo.length === 0 && d.years.includes(year));

/**
 * A report must give results for every content group of the plan (seed 003, Mục II: six groups). One finding per
 * report naming every group left out, on `ket_qua_noi_dung` (or the root when the list is absent).
 */
export function checkContentGroups(plan: Plan, header: SubmissionHeader): Finding[] {
  if (header.kind !== 'bao-cao' || plan.contentGroups.length === 0) return [];
  const covered = new Set(header.vocabulary.filter((v) => v.vocabulary === 'nhom-noi-dung').map((v) => v.value));
  const hasList = header.vocabulary.some((v) => v.vocabulary === 'nhom-noi-dung');
  const missing = plan.contentGroups.filter((group) => !covered.has(group.id));
  if (missing.length === 0) return [];
  // One finding per report naming every group left out: the unit fixes one file, not six lines of it.
  return [
    {
      ruleId: 'report/missing-content-group',
      params: {
        count: missing.length,
        groups: missing.map((g) => `"${g.id}" (${g.name})`).join('; '),
        ...quotePlanRule(plan, 'nhom_noi_dung'),
      },
      at: { file: header.file, pointer: hasList ? childPointer('', 'ket_qua_noi_dung') : '' },
      onKey: hasList,
      related: [{ file: plan.file, pointer: '/nhom_noi_dung' }],
    },
  ];
}
