import { define, didYouMean, quoted } from './define.js';
import type { Lang, Quoted } from './define.js';
import { kindLabel } from './kind-labels.js';

const SUBJECTS: Record<string, { vi: string; en: string }> = {
  'tap-the': { vi: 'tập thể (mô hình)', en: 'collective entries (models)' },
  'ca-nhan': { vi: 'cá nhân', en: 'individuals' },
};
const MODES: Record<string, { vi: string; en: string }> = {
  dung: { vi: 'đúng', en: 'exactly' },
  'toi-thieu': { vi: 'ít nhất', en: 'at least' },
  'toi-da': { vi: 'tối đa', en: 'at most' },
};
const VOCABULARIES: Record<string, { vi: string; en: string }> = {
  'linh-vuc': { vi: 'Lĩnh vực', en: 'Field of work' },
  'nhom-noi-dung': { vi: 'Nhóm nội dung', en: 'Content group' },
  'hinh-thuc-khen-thuong': { vi: 'Hình thức khen thưởng', en: 'Award type' },
};
const ITEMS: Record<string, { vi: string; en: string }> = {
  'model-code': { vi: 'Mã mô hình', en: 'Model code' },
  collective: { vi: 'Tập thể', en: 'Collective' },
  person: { vi: 'Cá nhân', en: 'Person' },
};

interface QuotaParams extends Quoted {
  subject: string;
  count: number;
  quota: number;
  mode: string;
  category: string;
  year: number;
}

// "chỉ tiêu đúng 2 của nhóm "Sở, ngành" (năm 2025). Kế hoạch: "…"" — shared by quota/over and quota/under.
const quotaText = (p: QuotaParams, lang: Lang): string =>
  lang === 'vi'
    ? `chỉ tiêu ${MODES[p.mode]?.vi ?? ''} ${p.quota} của nhóm "${p.category}" (năm ${p.year}).${quoted(p, 'vi')}`
    : `the quota of ${MODES[p.mode]?.en ?? ''} ${p.quota} for "${p.category}" (${p.year}).${quoted(p, 'en')}`;

/** Across files and against the plan: units, duplicates, quotas, deadlines, the plan's vocabulary. */
export const PLAN_MESSAGES = {
  'unit/unknown': define<{ code: string }>({
    severity: 'error',
    vi: (p) => `Mã đơn vị "${p.code}" không có trong danh mục đơn vị.`,
    en: (p) => `Unit code "${p.code}" is not in the unit registry.`,
  }),
  'unit/duplicate-code': define<{ code: string }>({
    severity: 'error',
    vi: (p) => `Mã đơn vị "${p.code}" bị trùng trong danh mục.`,
    en: (p) => `Unit code "${p.code}" appears more than once in the registry.`,
  }),
  'unit/unknown-parent': define<{ code: string }>({
    severity: 'error',
    vi: (p) => `Đơn vị cấp trên "${p.code}" không có trong danh mục.`,
    en: (p) => `Parent unit "${p.code}" is not in the registry.`,
  }),
  'submission/duplicate': define<{ kind: string; unit: string; period: string; other: string }>({
    severity: 'warning',
    vi: (p) =>
      `Đơn vị "${p.unit}" còn ${kindLabel(p.kind, 'vi')} năm ${p.period} khác ở ${p.other}; cần xác định bản nào có hiệu lực.`,
    en: (p) =>
      `Unit "${p.unit}" has another ${kindLabel(p.kind, 'en')} for ${p.period} in ${p.other}; decide which one counts.`,
  }),
  'unit/former-code': define<{ code: string; formerName: string; unit: string; name: string }>({
    severity: 'info',
    vi: (p) =>
      `Mã "${p.code}" là của đơn vị cũ ${p.formerName}; hồ sơ được tính cho đơn vị hiện nay "${p.unit}" (${p.name}).`,
    en: (p) =>
      `Code "${p.code}" belongs to the former unit ${p.formerName}; the file counts for the current unit "${p.unit}" (${p.name}).`,
  }),
  'quota/over': define<QuotaParams>({
    severity: 'error',
    vi: (p) => `Đăng ký ${p.count} ${SUBJECTS[p.subject]?.vi ?? p.subject}, vượt ${quotaText(p, 'vi')}`,
    en: (p) => `${p.count} ${SUBJECTS[p.subject]?.en ?? p.subject} registered, over ${quotaText(p, 'en')}`,
  }),
  'quota/under': define<QuotaParams>({
    severity: 'error',
    vi: (p) => `Chỉ đăng ký ${p.count} ${SUBJECTS[p.subject]?.vi ?? p.subject}, chưa đủ ${quotaText(p, 'vi')}`,
    en: (p) => `Only ${p.count} ${SUBJECTS[p.subject]?.en ?? p.subject} registered, short of ${quotaText(p, 'en')}`,
  }),
  'deadline/late': define<Quoted & { days: number; deadline: string; inclusive: boolean; name: string }>({
    severity: 'error',
    vi: (p) =>
      `Nộp muộn ${p.days} ngày so với hạn "${p.name}" (${p.inclusive ? 'chậm nhất là ngày' : 'trước ngày'} ${p.deadline}).${quoted(p, 'vi')}`,
    en: (p) =>
      `Delivered ${p.days} day(s) late for "${p.name}" (${p.inclusive ? 'at the latest on' : 'before'} ${p.deadline}).${quoted(p, 'en')}`,
  }),
  'report/missing-content-group': define<Quoted & { count: number; groups: string }>({
    severity: 'error',
    vi: (p) =>
      `Báo cáo thiếu ${p.count} nhóm nội dung mà kế hoạch yêu cầu báo cáo kết quả: ${p.groups}.${quoted(p, 'vi')}`,
    en: (p) =>
      `The report leaves out ${p.count} content group(s) the plan requires results for: ${p.groups}.${quoted(p, 'en')}`,
  }),
  'review/missing-outcome': define<Quoted & { code: string; year: number }>({
    severity: 'error',
    vi: (p) =>
      `Mô hình "${p.code}" của đơn vị chưa có kết quả rà soát năm ${p.year} (de_xuat: duy-tri, nang-chat, cong-nhan-lai hoặc thanh-loai); kế hoạch yêu cầu rà soát mọi mô hình hằng năm.${quoted(p, 'vi')}`,
    en: (p) =>
      `Model "${p.code}" of the unit has no ${p.year} review outcome (de_xuat: duy-tri, nang-chat, cong-nhan-lai or thanh-loai); the plan requires every model to be reviewed yearly.${quoted(p, 'en')}`,
  }),
  'review/removed-registered-again': define<{ code: string; year: number; removedCode?: string }>({
    severity: 'warning',
    vi: (p) =>
      p.removedCode === undefined
        ? `Mô hình "${p.code}" đã được đề nghị thanh loại trong báo cáo năm ${p.year} nhưng lại được đăng ký.`
        : `Mô hình "${p.code}" trùng tên với mô hình "${p.removedCode}" đã được đề nghị thanh loại trong báo cáo năm ${p.year}: mô hình đã thanh loại được đăng ký lại dưới mã mới?`,
    en: (p) =>
      p.removedCode === undefined
        ? `Model "${p.code}" was proposed for removal in the ${p.year} report but is registered again.`
        : `Model "${p.code}" has the name of model "${p.removedCode}", proposed for removal in the ${p.year} report: a removed model registered again under a new code?`,
  }),
  'deadline/future-date': define<{ date: string; today: string }>({
    severity: 'warning',
    vi: (p) => `Ngày ${p.date} còn ở tương lai (hôm nay là ${p.today}); kiểm tra lại ngày gửi.`,
    en: (p) => `The date ${p.date} is in the future (today is ${p.today}); check the sent date.`,
  }),
  'plan/mismatch': define<{ expected: string; actual: string }>({
    severity: 'warning',
    vi: (p) => `Hồ sơ ghi kế hoạch "${p.actual}" nhưng đang kiểm tra theo kế hoạch "${p.expected}".`,
    en: (p) => `The file names plan "${p.actual}" but is being checked against plan "${p.expected}".`,
  }),
  // As in every message applying a plan rule, the plan's sentence closes the message.
  'plan/unknown-value': define<Quoted & { vocabulary: string; value: string; allowed: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) =>
      `${VOCABULARIES[p.vocabulary]?.vi ?? p.vocabulary} "${p.value}" không có trong kế hoạch; kế hoạch có: ${p.allowed}.${didYouMean(p.suggestion, 'vi')}${quoted(p, 'vi')}`,
    en: (p) =>
      `${VOCABULARIES[p.vocabulary]?.en ?? p.vocabulary} "${p.value}" is not in the plan; the plan has: ${p.allowed}.${didYouMean(p.suggestion, 'en')}${quoted(p, 'en')}`,
  }),
  'plan/year-out-of-range': define<Quoted & { year: number; first: number; last: number }>({
    severity: 'error',
    vi: (p) =>
      `Năm ${p.year} nằm ngoài thời gian của kế hoạch (${p.first === p.last ? p.first : `${p.first}–${p.last}`}).${quoted(p, 'vi')}`,
    en: (p) =>
      `Year ${p.year} is outside the plan's years (${p.first === p.last ? p.first : `${p.first}–${p.last}`}).${quoted(p, 'en')}`,
  }),
  'plan/unexpected-report-period': define<Quoted & { period: string; allowed: string }>({
    severity: 'warning',
    vi: (p) => `Kế hoạch không đặt kỳ báo cáo "${p.period}"; các kỳ của kế hoạch: ${p.allowed}.${quoted(p, 'vi')}`,
    en: (p) => `The plan sets no "${p.period}" report; its report periods: ${p.allowed}.${quoted(p, 'en')}`,
  }),
  'plan/multiple': define<{ first: string }>({
    severity: 'error',
    vi: (p) => `Có nhiều hơn một tệp kế hoạch; chỉ dùng ${p.first}. Hãy chỉ định một kế hoạch bằng --plan.`,
    en: (p) => `More than one plan file; only ${p.first} is used. Name one plan with --plan.`,
  }),
  'plan/district-after-reform': define<{ category: string }>({
    severity: 'warning',
    vi: (p) =>
      `Nhóm "${p.category}" gồm UBND cấp huyện, nhưng kế hoạch ban hành từ 01/7/2025, khi chính quyền địa phương chỉ còn hai cấp.`,
    en: (p) =>
      `Category "${p.category}" contains district people's committees, but the plan is dated on or after 01/7/2025, when districts were abolished.`,
  }),
  'submission/duplicate-item': define<{ what: string; value: string }>({
    severity: 'error',
    vi: (p) => `${ITEMS[p.what]?.vi ?? p.what} "${p.value}" được kê hai lần trong cùng một tệp (sẽ bị tính hai lần).`,
    en: (p) => `${ITEMS[p.what]?.en ?? p.what} "${p.value}" is listed twice in the same file (it would count twice).`,
  }),
};
