import { formatDate } from '../core/dates.js';
import type { Plan } from '../core/plan.js';
import type { Lang } from '../messages/catalog.js';
import { renderTable } from './table.js';

const HEADER: Record<Lang, string[]> = {
  vi: ['Mã kế hoạch', 'Cơ quan ban hành', 'Số, ký hiệu', 'Ngày', 'Năm'],
  en: ['Plan id', 'Issuer', 'Number', 'Date', 'Years'],
};
const NOT_STATED: Record<Lang, string> = { vi: '(không ghi)', en: '(not stated)' };

export function formatPlansTable(plans: readonly Plan[], lang: Lang): string {
  const rows = plans.map((plan) => [
    plan.id,
    plan.issuer,
    plan.number ?? NOT_STATED[lang],
    plan.issuedOn ? formatDate(plan.issuedOn) : NOT_STATED[lang],
    plan.firstYear === plan.lastYear ? String(plan.firstYear) : `${plan.firstYear}–${plan.lastYear}`,
  ]);
  return renderTable(HEADER[lang], rows);
}

export function formatPlansJson(plans: readonly Plan[]): string {
  const rows = plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    issuer: plan.issuer,
    number: plan.number ?? null,
    issuedOn: plan.issuedOn ?? null,
    firstYear: plan.firstYear,
    lastYear: plan.lastYear,
  }));
  return JSON.stringify({ version: 1, plans: rows }, null, 2) + '\n';
}
