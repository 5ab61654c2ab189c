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

const RULE_LABELS: Record<string, Record<Lang, string>> = {
  co_quan_tiep_nhan: { vi: 'Cơ quan tiếp nhận', en: 'Receiving body' },
  noi_nhan_bao_cao: { vi: 'Nơi nhận báo cáo tổng hợp', en: 'Consolidated report goes to' },
  nam: { vi: 'Năm', en: 'Years' },
  can_cu: { vi: 'Căn cứ', en: 'Legal bases' },
  ky_bao_cao: { vi: 'Kỳ báo cáo', en: 'Report periods' },
  linh_vuc: { vi: 'Lĩnh vực', en: 'Fields of work' },
  nhom_noi_dung: { vi: 'Nhóm nội dung báo cáo', en: 'Content groups' },
  hinh_thuc_khen_thuong: { vi: 'Hình thức khen thưởng', en: 'Award types' },
  bo_tieu_chi: { vi: 'Bộ tiêu chí', en: 'Rubric' },
  bieu_quyet: { vi: 'Ngưỡng biểu quyết', en: 'Vote threshold' },
  ra_soat_mo_hinh: { vi: 'Rà soát mô hình', en: 'Yearly model review' },
  don_vi_hop_nhat: { vi: 'Đơn vị cũ hợp nhất', en: 'Merged former units' },
  nhom_don_vi: { vi: 'Nhóm đơn vị', en: 'Unit group' },
  han_nop: { vi: 'Hạn nộp', en: 'Deadline' },
  ho_so: { vi: 'Hồ sơ', en: 'Dossier' },
};
const SUBJECT_LABELS: Record<string, Record<Lang, string>> = {
  'tap-the': { vi: 'chỉ tiêu tập thể', en: 'collective quota' },
  'ca-nhan': { vi: 'chỉ tiêu cá nhân', en: 'individual quota' },
};
const SOURCE_WORDS = {
  vi: {
    title: (id: string) => `Kế hoạch ${id}: từng quy định và câu trích từ văn bản gốc`,
    assumed: 'Giả định (văn bản không nêu; các thông báo áp dụng quy định này nói rõ là giả định):',
    none: '(không có)',
  },
  en: {
    title: (id: string) => `Plan ${id}: each rule with the sentence of the source document`,
    assumed: 'Assumptions (the document does not state them; messages applying them say so):',
    none: '(none)',
  },
};

function ruleLabel(key: string, lang: Lang): string {
  const [head = key, id, subject] = key.split('/');
  const label = RULE_LABELS[head]?.[lang] ?? head;
  if (subject) return `${label} ${id}, ${SUBJECT_LABELS[subject]?.[lang] ?? subject}`;
  return id ? `${label} ${id}` : label;
}

/** `danvan plans <id>`: the stated rules with their quoted sentence, then the assumptions, listed apart. */
export function formatPlanSources(
  plan: Plan,
  rules: readonly { key: string; value: string; source?: string; assumed: boolean }[],
  lang: Lang,
): string {
  const w = SOURCE_WORDS[lang];
  const line = (r: (typeof rules)[number]) =>
    `- ${ruleLabel(r.key, lang)}: ${r.value}${r.source ? `\n    “${r.source.replace(/\s+/g, ' ').trim()}”` : ''}`;
  const stated = rules.filter((r) => !r.assumed).map(line);
  const assumed = rules.filter((r) => r.assumed).map(line);
  return [w.title(plan.id), ...stated, '', w.assumed, ...(assumed.length > 0 ? assumed : [w.none]), ''].join('\n');
}
