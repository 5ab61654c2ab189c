import type { Severity } from '../diagnostics/types.js';
import type { Finding, Lang } from './catalog.js';
import { defaultSeverity, renderMessage } from './catalog.js';

export const SEVERITY_LABELS: Record<Severity, Record<Lang, string>> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'lưu ý', en: 'notice' },
};

export interface SummaryCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  skipped: number;
}

export function summaryLine(c: SummaryCounts, lang: Lang): string {
  if (lang === 'en') {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const skipped = c.skipped > 0 ? `; skipped ${plural(c.skipped, 'non-YAML file')}` : '';
    return `Checked ${plural(c.files, 'file')}: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'notice')}${skipped}.`;
  }
  const skipped = c.skipped > 0 ? `; bỏ qua ${c.skipped} tệp không phải YAML` : '';
  return `Đã kiểm tra ${c.files} tệp: ${c.errors} lỗi, ${c.warnings} cảnh báo, ${c.infos} lưu ý${skipped}.`;
}

export const REGISTRY_MISSING_NOTE: Record<Lang, string> = {
  vi: 'Chưa đối chiếu mã đơn vị: không có danh mục đơn vị (loai: danh-muc-don-vi) trong các tệp được kiểm tra.',
  en: 'Unit codes were not checked: no unit registry (loai: danh-muc-don-vi) among the checked files.',
};

export const schemaWritten = (path: string, lang: Lang): string =>
  lang === 'vi' ? `Đã ghi ${path}\n` : `Wrote ${path}\n`;

export const initDone = (files: readonly string[], lang: Lang): string =>
  (lang === 'vi' ? 'Đã tạo:\n' : 'Created:\n') +
  files.map((file) => `  ${file}\n`).join('') +
  (lang === 'vi'
    ? 'Sửa danh mục đơn vị và bản đăng ký mẫu, rồi chạy: danvan validate <thư mục>\n'
    : 'Edit the registry and the example registration, then run: danvan validate <folder>\n');

export const tooManyWarningsLine = (warnings: number, max: number, lang: Lang): string =>
  lang === 'vi'
    ? `danvan: ${warnings} cảnh báo, vượt mức cho phép --max-warnings ${max}.\n`
    : `danvan: ${warnings} warnings, more than --max-warnings ${max} allows.\n`;

export const mergeWritten = (path: string, effective: number, superseded: number, lang: Lang): string =>
  lang === 'vi'
    ? `Đã ghi ${path}: ${effective} hồ sơ có hiệu lực, ${superseded} bản bị thay thế.\n`
    : `Wrote ${path}: ${effective} effective files, ${superseded} superseded.\n`;

export const progressLine = (done: number, total: number, lang: Lang): string => {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `\r${lang === 'vi' ? 'Đang đọc' : 'Reading'} ${done}/${total} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
};

const clock = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** "Đang lập hồ sơ 12/150 đơn vị [###.....] 00:14, còn khoảng 02:40" (a terminal line, redrawn in place). */
export const renderProgress = (done: number, total: number, elapsedMs: number, lang: Lang): string => {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const left = done > 0 ? clock((elapsedMs / done) * (total - done)) : '--:--';
  const bar = `${done}/${total} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${clock(elapsedMs)}`;
  return lang === 'vi'
    ? `\rĐang lập hồ sơ ${bar}, còn khoảng ${left}`
    : `\rDrawing dossiers ${bar}, about ${left} left`;
};

/** The one-line end of a dossier run: units written, refused, files, time (seconds with a decimal comma). */
export const dossierSummary = (
  units: number,
  refused: number,
  files: number,
  elapsedMs: number,
  lang: Lang,
): string => {
  const seconds = (elapsedMs / 1000).toFixed(1);
  return lang === 'vi'
    ? `Đã lập hồ sơ cho ${units} đơn vị, từ chối ${refused} đơn vị; ${files} tệp; ${seconds.replace('.', ',')} giây.\n`
    : `Dossiers for ${units} units, ${refused} refused; ${files} files; ${seconds} s.\n`;
};

export const fileWritten = (path: string, lang: Lang): string =>
  lang === 'vi' ? `Đã ghi ${path}\n` : `Wrote ${path}\n`;

export const templateProblem = (template: string, placeholders: readonly string[], unit: string, lang: Lang): string =>
  lang === 'vi'
    ? `${template}: chỗ trống không có giá trị: ${placeholders.map((p) => `{${p}}`).join(', ')} (đơn vị ${unit}); chưa lập hồ sơ.\n`
    : `${template}: placeholders without a value: ${placeholders.map((p) => `{${p}}`).join(', ')} (unit ${unit}); dossier not written.\n`;

/** One finding as "file:line:col  lỗi  message  [rule]", for commands that report outside a RunReport. */
export const findingLine = (finding: Finding, lang: Lang): string => {
  const at = finding.span?.start ?? { line: 1, column: 1 };
  const severity = SEVERITY_LABELS[finding.severity ?? defaultSeverity(finding.ruleId)][lang];
  // renderMessage is generic over the rule; the union member carries matching params.
  return `${finding.at.file}:${at.line}:${at.column}  ${severity}  ${renderMessage(finding.ruleId, finding.params as never, lang)}  [${finding.ruleId}]\n`;
};

/** The end of a consolidated report run: the period, who reported, late and missing, models and the review. */
export const consolidatedReportSummary = (
  summary: {
    period: string;
    year: number;
    counts: { units: number; reported: number; late: number; missing: number; models: number; people: number };
  },
  lang: Lang,
): string => {
  const c = summary.counts;
  const period =
    summary.period === '6-thang' ? (lang === 'vi' ? '6 tháng' : '6-month') : lang === 'vi' ? 'năm' : 'yearly';
  return lang === 'vi'
    ? `Báo cáo ${period} ${summary.year}: ${c.reported}/${c.units} đơn vị đã gửi, ${c.late} muộn, ${c.missing} chưa gửi; ${c.models} mô hình, ${c.people} cá nhân đăng ký.\n`
    : `${period} report ${summary.year}: ${c.reported}/${c.units} units reported, ${c.late} late, ${c.missing} missing; ${c.models} models, ${c.people} people registered.\n`;
};
