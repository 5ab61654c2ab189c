import type { Severity } from '../diagnostics/types.js';
import type { Finding, Lang } from './catalog.js';
import { defaultSeverity, isError, renderMessage } from './catalog.js';
import { quotaSummary } from './usage.js';

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

/** What init made, for its closing lines. */
export interface InitSummary {
  files: readonly string[];
  folder: string;
  /** The code as typed and as written (padded to the plan's width). */
  typedCode: string;
  unitCode: string;
  unitName: string;
  unitType: string;
  category?: { name: string; quotas: Readonly<Record<string, { mode: string; count: number } | undefined>> };
}

/** The files init wrote, the unit and quota it chose, and the exact validate command for the folder it made. */
export const initDone = (s: InitSummary, lang: Lang): string => {
  const shown = /\s/.test(s.folder) ? `"${s.folder}"` : s.folder;
  const padded = s.typedCode.trim() !== s.unitCode;
  const quota = s.category ? quotaSummary(s.category.quotas, lang) : '';
  const group = s.category ? ` "${s.category.name}"${quota ? ` (${quota})` : ''}` : '';
  if (lang === 'en')
    return (
      'Created:\n' +
      s.files.map((file) => `  ${file}\n`).join('') +
      (padded
        ? `Unit code ${s.typedCode.trim()} written as ${s.unitCode}, the width of the plan's registry codes.\n`
        : '') +
      `Unit ${s.unitCode} ${s.unitName}: type ${s.unitType}${group ? `, group${group}` : ''}.\n` +
      `Replace every value marked "(sửa lại)" (danvan validate points at each), then run: danvan validate ${shown}\n`
    );
  return (
    'Đã tạo:\n' +
    s.files.map((file) => `  ${file}\n`).join('') +
    (padded
      ? `Mã đơn vị ${s.typedCode.trim()} được ghi là ${s.unitCode}, đủ độ dài mã trong danh mục của kế hoạch.\n`
      : '') +
    `Đơn vị ${s.unitCode} ${s.unitName}: loại ${s.unitType}${group ? `, nhóm${group}` : ''}.\n` +
    `Thay các chỗ ghi "(sửa lại)" (danvan validate chỉ ra từng chỗ), rồi chạy: danvan validate ${shown}\n`
  );
};

/** init's questions on a terminal, by answer name. */
export const INIT_QUESTIONS: Record<
  Lang,
  Record<'plan' | 'dir' | 'unitCode' | 'unitName' | 'unitType' | 'contactName' | 'phone', string>
> = {
  vi: {
    plan: 'Kế hoạch',
    dir: 'Thư mục làm việc',
    unitCode: 'Mã đơn vị',
    unitName: 'Tên đơn vị',
    unitType: 'Loại đơn vị (quyết định chỉ tiêu)',
    contactName: 'Người liên hệ (có thể bỏ trống)',
    phone: 'Điện thoại (có thể bỏ trống)',
  },
  en: {
    plan: 'Plan',
    dir: 'Working folder',
    unitCode: 'Unit code',
    unitName: 'Unit name',
    unitType: 'Unit type (sets the quota)',
    contactName: 'Contact person (may be left empty)',
    phone: 'Phone (may be left empty)',
  },
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
    : `Dossiers for ${units} ${units === 1 ? 'unit' : 'units'}, ${refused} refused; ${files} ${files === 1 ? 'file' : 'files'}; ${seconds} s.\n`;
};

/** Ctrl-C during a dossier run: what is whole on disk, what is left (units, or only the summary Tờ trình), how to go on. */
export const dossierInterrupted = (done: number, left: number, lang: Lang): string => {
  const rest =
    lang === 'vi'
      ? left > 0
        ? `${left} đơn vị chưa lập`
        : 'Tờ trình tổng hợp chưa lập'
      : left > 0
        ? `${left} not made`
        : 'the summary Tờ trình not made';
  return lang === 'vi'
    ? `Đã dừng theo yêu cầu (Ctrl-C): hồ sơ của ${done} đơn vị đã ghi đủ (các tệp kê ở trên); ${rest}. Chạy lại với --force để lập lại tất cả.\n`
    : `Stopped as asked (Ctrl-C): the dossiers of ${done} ${done === 1 ? 'unit are' : 'units are'} written whole (files listed above); ${rest}. Run again with --force to make them all.\n`;
};

export const fileWritten = (path: string, lang: Lang): string =>
  lang === 'vi' ? `Đã ghi ${path}\n` : `Wrote ${path}\n`;

/** Which wording a run used: the campaign's own folder (mau-van-ban/ or --templates). */
export const templatesUsed = (dir: string, lang: Lang): string =>
  lang === 'vi' ? `Mẫu lời văn của đợt: ${dir}\n` : `The campaign's wording templates: ${dir}\n`;

/** After `danvan templates`: where the copies are read from, and how to name them from elsewhere. */
export const templatesCopied = (folder: string, lang: Lang): string =>
  lang === 'vi'
    ? `Sửa lời văn trong ${folder}/mau-van-ban/. danvan dossier, report và excel tự dùng thư mục này khi tệp kế hoạch của đợt (hoặc các tệp nộp, nếu dùng kế hoạch có sẵn) nằm trong ${folder}; nếu không, chỉ rõ bằng --templates ${folder}/mau-van-ban.\n`
    : `Edit the wording in ${folder}/mau-van-ban/. danvan dossier, report and excel use it by themselves when the campaign's plan file (or its submissions, with a shipped plan) is in ${folder}; otherwise name it with --templates ${folder}/mau-van-ban.\n`;

/** After `danvan templates` into a folder with no plan file: no run will find the copies by itself. */
export const templatesWithoutPlan = (folder: string, lang: Lang): string =>
  lang === 'vi'
    ? `Lưu ý: ${folder} không có tệp kế hoạch (loai: ke-hoach), nên danvan dossier, report và excel chỉ tự dùng ${folder}/mau-van-ban/ khi các tệp nộp của đợt nằm trong ${folder}; nếu đây là thư mục gõ nhầm, hãy chép vào thư mục chứa tệp kế hoạch, hoặc chỉ rõ bằng --templates ${folder}/mau-van-ban.\n`
    : `Note: ${folder} holds no plan file (loai: ke-hoach), so danvan dossier, report and excel use ${folder}/mau-van-ban/ by themselves only when the campaign's submissions are in ${folder}; if the folder was mistyped, copy into the one that holds the plan file, or name it with --templates ${folder}/mau-van-ban.\n`;

/** Files of the other format left beside the new ones by an earlier run: they may no longer match. */
export const staleCopiesNote = (stale: readonly string[], lang: Lang): string =>
  stale.length === 0
    ? ''
    : lang === 'vi'
      ? `Lưu ý: còn ${stale.length} tệp định dạng khác từ lần chạy trước, không ghi lại lần này nên có thể không khớp bản mới (ví dụ ${stale[0]}); xóa đi, hoặc chạy lại với --format pdf,docx.\n`
      : `Note: ${stale.length} file${stale.length === 1 ? '' : 's'} of the other format from an earlier run ${stale.length === 1 ? 'is' : 'are'} still there, not written this time, so ${stale.length === 1 ? 'it' : 'they'} may not match the new ones (e.g. ${stale[0]}); delete ${stale.length === 1 ? 'it' : 'them'}, or run again with --format pdf,docx.\n`;

export { isError };

/** One line per refused unit: who, and every reason (the located lines above it give where). */
export const dossierRefused = (unit: string, unitName: string, reasons: readonly Finding[], lang: Lang): string => {
  const errors = reasons.filter(isError);
  const shown = errors.length > 0 ? errors : reasons;
  const text = shown.map((f) => renderMessage(f.ruleId, f.params as never, lang).replace(/\.$/, '')).join('; ');
  const because = text ? `: ${text}` : '';
  return lang === 'vi'
    ? `Từ chối hồ sơ đơn vị ${unit} (${unitName})${because}.\n`
    : `Refused the dossier of unit ${unit} (${unitName})${because}.\n`;
};

/** Nothing to make a dossier from: no effective award proposal among the units asked for. */
export const noProposals = (units: readonly string[], lang: Lang): string =>
  lang === 'vi'
    ? `Không có đề nghị khen thưởng (loai: de-nghi-khen-thuong) nào${units.length ? ` của đơn vị ${units.join(', ')}` : ''} trong dữ liệu; không lập hồ sơ.\n`
    : `No award proposal (loai: de-nghi-khen-thuong)${units.length ? ` from unit ${units.join(', ')}` : ''} in the data; no dossier made.\n`;

/** The merged data itself has errors: say so, since exit 1 must never follow only "Đã ghi" lines. */
export const inputErrors = (errors: number, lang: Lang): string =>
  lang === 'vi'
    ? `Dữ liệu đầu vào có ${errors} lỗi (chạy danvan validate để xem chi tiết).\n`
    : `The input data has ${errors} error(s) (run danvan validate for details).\n`;

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
