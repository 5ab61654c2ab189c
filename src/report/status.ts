import { formatDate } from '../core/dates.js';
import type { CampaignStatus, DeadlineStatus, QuotaStatus } from '../core/status.js';
import type { Lang } from '../messages/catalog.js';
import { renderTable } from './table.js';

const WORDS = {
  vi: {
    code: 'Mã',
    unit: 'Đơn vị',
    models: 'Tập thể',
    people: 'Cá nhân',
    state: 'Tình trạng',
    submitted: 'đã nộp',
    late: (n: number) => `muộn ${n} ngày`,
    groups: (n: number) => `thiếu ${n} nhóm nội dung`,
    assumed: 'Hạn đánh dấu * là giả định: kế hoạch không ghi ngày, lấy ngày cuối kỳ báo cáo.',
    own: (name: string, date: string, n: number, to: string) =>
      `Hạn của cơ quan tổng hợp: ${name}, ngày ${date} (${n >= 0 ? `còn ${n} ngày` : `đã quá ${-n} ngày`})${to ? `, gửi ${to}` : ''}.`,
    missing: (n: number) => `thiếu (quá hạn ${n} ngày)`,
    pending: (n: number) => (n === 0 ? 'hạn hôm nay' : `còn ${n} ngày`),
    overdue: 'CẦN ĐÔN ĐỐC',
    quotaOff: 'sai chỉ tiêu',
    fine: 'ổn',
    samples: 'còn chữ mẫu',
    withErrors: 'tệp có lỗi',
    errorsNote: (n: number) =>
      `${n} đơn vị có tệp còn lỗi: danvan merge không tính các tệp này cho đến khi đơn vị sửa (danvan validate chỉ ra từng lỗi).`,
    samplesNote: (n: number) =>
      `${n} đơn vị còn chữ mẫu do danvan init ghi ("… (sửa lại)") trong hồ sơ đã nộp: đơn vị cần thay bằng nội dung thật (danvan validate chỉ ra từng chỗ).`,
    next: (name: string, date: string, n: number) => `Hạn kế tiếp: ${name}, ngày ${date} (còn ${n} ngày).`,
    noNext: 'Không còn hạn nộp nào phía trước.',
    summary: (units: number, overdue: number) => `${units} đơn vị; ${overdue} đơn vị cần đôn đốc.`,
    errors: (n: number) => `Lưu ý: các tệp còn ${n} lỗi (xem danvan validate); số liệu trên tính từ các tệp đọc được.`,
  },
  en: {
    code: 'Code',
    unit: 'Unit',
    models: 'Models',
    people: 'People',
    state: 'State',
    submitted: 'submitted',
    late: (n: number) => `${n} day(s) late`,
    groups: (n: number) => `${n} content group(s) left out`,
    assumed: 'Deadlines marked * are assumed: the plan gives no date, so the period end is used.',
    own: (name: string, date: string, n: number, to: string) =>
      `The receiving body's own deadline: ${name}, ${date} (${n >= 0 ? `${n} day(s) left` : `${-n} day(s) past`})${to ? `, to ${to}` : ''}.`,
    missing: (n: number) => `missing (${n} day(s) overdue)`,
    pending: (n: number) => (n === 0 ? 'due today' : `${n} day(s) left`),
    overdue: 'FOLLOW UP',
    quotaOff: 'quota off',
    fine: 'ok',
    samples: 'sample text left',
    withErrors: 'file with errors',
    errorsNote: (n: number) =>
      `${n} unit(s) sent files that still have errors: danvan merge leaves them out until the unit corrects them (danvan validate shows each one).`,
    samplesNote: (n: number) =>
      `${n} unit(s) sent files still holding danvan init's sample text ("… (sửa lại)"): the unit must replace it (danvan validate shows each place).`,
    next: (name: string, date: string, n: number) => `Next deadline: ${name}, ${date} (${n} day(s) left).`,
    noNext: 'No deadline ahead.',
    summary: (units: number, overdue: number) => `${units} unit(s); ${overdue} need follow-up.`,
    errors: (n: number) =>
      `Note: the files still have ${n} error(s) (see danvan validate); figures come from the readable files.`,
  },
};

// "3/2 ✗" against a quota; the bare count where the plan sets none; "–" when nothing was registered.
const quotaCell = (quota: QuotaStatus | undefined, registered: number | undefined): string =>
  quota ? `${quota.count}/${quota.quota}${quota.ok ? '' : ' ✗'}` : registered !== undefined ? `${registered}` : '–';

function deadlineCell(d: DeadlineStatus, lang: Lang): string {
  const state = stateCell(d, lang);
  return d.missingGroups?.length ? `${state}; ${WORDS[lang].groups(d.missingGroups.length)}` : state;
}

function stateCell(d: DeadlineStatus, lang: Lang): string {
  const w = WORDS[lang];
  if (d.state === 'submitted') return w.submitted;
  if (d.state === 'late') return w.late(d.daysLate);
  if (d.state === 'missing') return w.missing(d.daysLate);
  if (d.state === 'optional') return '–';
  return w.pending(d.daysLeft);
}

// Overdue first (the deadline is the officer's to chase); then files with errors and sample text, which "ổn" must
// never hide; then quotas.
function stateOf(row: CampaignStatus['units'][number], w: (typeof WORDS)[Lang]): string {
  const flags = [
    ...(row.overdue ? [w.overdue] : []),
    ...(row.errorFiles ? [w.withErrors] : []),
    ...(row.sampleFiles && !row.overdue ? [w.samples] : []),
    ...(!row.overdue && Object.values(row.quotas).some((q) => !q.ok) ? [w.quotaOff] : []),
  ];
  return flags.length > 0 ? flags.join('; ') : w.fine;
}

export function formatStatusTable(status: CampaignStatus, lang: Lang, validationErrors: number): string {
  const w = WORDS[lang];
  const deadlineIds = status.units[0]?.deadlines.map((d) => (d.assumed ? `${d.id}*` : d.id)) ?? [];
  const header = [w.code, w.unit, w.models, w.people, ...deadlineIds, w.state];
  const rows = status.units.map((row) => {
    return [
      row.unit.code,
      row.unit.name,
      quotaCell(row.quotas['tap-the'], row.registered?.['tap-the']),
      quotaCell(row.quotas['ca-nhan'], row.registered?.['ca-nhan']),
      ...row.deadlines.map((d) => deadlineCell(d, lang)),
      stateOf(row, w),
    ];
  });
  const next = status.nextDeadline;
  const withSamples = status.units.filter((u) => u.sampleFiles).length;
  const withErrors = status.units.filter((u) => u.errorFiles).length;
  const footer = [
    w.summary(status.units.length, status.units.filter((u) => u.overdue).length),
    next ? w.next(next.name, formatDate(next.date), next.daysLeft) : w.noNext,
    ...status.ownDeadlines.map((d) => w.own(d.name, formatDate(d.date), d.daysLeft, d.receiver ?? '')),
    ...(status.units[0]?.deadlines.some((d) => d.assumed) ? [w.assumed] : []),
    ...(withSamples > 0 ? [w.samplesNote(withSamples)] : []),
    ...(withErrors > 0 ? [w.errorsNote(withErrors)] : []),
    ...(validationErrors > 0 ? [w.errors(validationErrors)] : []),
  ];
  return `${renderTable(header, rows)}\n${footer.join('\n')}\n`;
}

export const formatStatusJson = (status: CampaignStatus, planId: string): string =>
  JSON.stringify({ version: 1, plan: planId, ...status }, null, 2) + '\n';
