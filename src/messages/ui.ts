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

/** Said plainly when submissions were checked without a plan: quotas and deadlines were not checked. */
export function planNotAppliedNote(named: readonly string[], lang: Lang): string {
  const id = named.length === 1 ? named[0] : undefined;
  if (lang === 'en')
    return `No plan was applied, so quotas and deadlines were not checked${named.length > 0 ? ` (the files name ke_hoach: ${named.join(', ')})` : ''}; add --plan ${id ?? '<file or id>'}.`;
  return `Chưa áp dụng kế hoạch nào nên chưa xét chỉ tiêu và hạn nộp${named.length > 0 ? ` (các tệp ghi ke_hoach: ${named.join(', ')})` : ''}; thêm --plan ${id ?? '<tệp hoặc mã kế hoạch>'}.`;
}

export const schemaWritten = (path: string, lang: Lang): string =>
  lang === 'vi' ? `Đã ghi ${path}\n` : `Wrote ${path}\n`;

/** The files init wrote, and the exact validate command for the folder it made (quoted when it has spaces). */
export const initDone = (files: readonly string[], folder: string, lang: Lang): string => {
  const shown = /\s/.test(folder) ? `"${folder}"` : folder;
  return (
    (lang === 'vi' ? 'Đã tạo:\n' : 'Created:\n') +
    files.map((file) => `  ${file}\n`).join('') +
    (lang === 'vi'
      ? `Sửa danh mục đơn vị và bản đăng ký mẫu, rồi chạy: danvan validate ${shown}\n`
      : `Edit the registry and the example registration, then run: danvan validate ${shown}\n`)
  );
};

/** inquirer's key hints ("↑↓ navigate • ⏎ select"), by its English action word. */
export const PROMPT_KEY_HINTS: Record<Lang, Readonly<Record<string, string>>> = {
  vi: { navigate: 'di chuyển', select: 'chọn', submit: 'xác nhận', toggle: 'đánh dấu', all: 'chọn hết' },
  en: {},
};

export const tooManyWarningsLine = (warnings: number, max: number, lang: Lang): string =>
  lang === 'vi'
    ? `danvan: ${warnings} cảnh báo, vượt mức cho phép --max-warnings ${max}.\n`
    : `danvan: ${warnings} warnings, more than --max-warnings ${max} allows.\n`;

export const mergeWritten = (
  path: string,
  totals: { effective: number; superseded: number; rejected?: number },
  lang: Lang,
): string =>
  lang === 'vi'
    ? `Đã ghi ${path}: ${totals.effective} hồ sơ có hiệu lực, ${totals.superseded} bản bị thay thế, ${totals.rejected ?? 0} hồ sơ bị loại vì có lỗi.\n`
    : `Wrote ${path}: ${totals.effective} effective files, ${totals.superseded} superseded, ${totals.rejected ?? 0} rejected for errors.\n`;

/** Files kept out of a dataset because they have errors, one per line, so the officer knows whom to ask. */
export const rejectedLines = (
  sources: readonly { file: string; state: string; errors?: number }[],
  lang: Lang,
): string =>
  sources
    .filter((s) => s.state === 'rejected')
    .map((s) =>
      lang === 'vi'
        ? `${s.file}: bị loại khỏi tổng hợp vì có ${s.errors ?? 1} lỗi; sửa tệp rồi gộp lại.\n`
        : `${s.file}: left out of the dataset because of ${s.errors ?? 1} error(s); fix it and merge again.\n`,
    )
    .join('');

export const progressLine = (done: number, total: number, lang: Lang): string => {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `\r${lang === 'vi' ? 'Đang đọc' : 'Reading'} ${done}/${total} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
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
