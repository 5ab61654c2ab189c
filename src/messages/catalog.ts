import type { NodeRef, Severity, Span } from '../diagnostics/types.js';
import { kindLabel } from './kind-labels.js';

export type Lang = 'vi' | 'en';

interface MessageDef<P> {
  severity: Severity;
  vi: (params: P) => string;
  en: (params: P) => string;
}

// Declares P once per rule; `vi` and `en` must agree on it.
const define = <P>(def: MessageDef<P>): MessageDef<P> => def;

const didYouMean = (suggestion: string | undefined, lang: Lang): string =>
  suggestion ? (lang === 'vi' ? ` Có phải ý bạn là "${suggestion}"?` : ` Did you mean "${suggestion}"?`) : '';

// The yaml package reports in English; officers get the gist of the common codes in Vietnamese.
const YAML_ERRORS_VI: Record<string, string> = {
  MISSING_CHAR: 'thiếu ký tự đóng (dấu nháy hoặc dấu ngoặc)',
  BLOCK_AS_IMPLICIT_KEY: 'có hai dấu hai chấm trên một dòng; hãy đặt giá trị trong dấu nháy',
  MULTILINE_IMPLICIT_KEY: 'dòng này thiếu dấu hai chấm sau khóa, hoặc khóa bị xuống dòng',
  UNEXPECTED_TOKEN: 'gặp ký tự không mong đợi (thường do thụt lề sai hoặc thiếu dấu hai chấm)',
  BAD_SCALAR_START: 'giá trị không được bắt đầu bằng ký tự này; hãy đặt trong dấu nháy',
  BAD_DQ_ESCAPE: 'ký tự thoát "\\" sai trong chuỗi nháy kép',
  BAD_ALIAS: 'tham chiếu (alias) tới một neo (anchor) không tồn tại',
  BLOCK_IN_FLOW: 'không được viết khối nhiều dòng bên trong dấu ngoặc',
  KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
  NON_STRING_KEY: 'khóa phải là chuỗi',
};

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi chữ', en: 'text' },
  integer: { vi: 'số nguyên', en: 'a whole number' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true/false', en: 'true/false' },
  array: { vi: 'danh sách (các dòng bắt đầu bằng "- ")', en: 'a list (lines starting with "- ")' },
  object: { vi: 'bảng khóa: giá trị', en: 'a key: value mapping' },
  null: { vi: 'giá trị rỗng', en: 'an empty value' },
};
const typeName = (names: string, lang: Lang): string =>
  names
    .split(',')
    .map((name) => TYPE_NAMES[name]?.[lang] ?? name)
    .join(lang === 'vi' ? ' hoặc ' : ' or ');

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
const quoted = (source: string, lang: Lang): string =>
  source ? (lang === 'vi' ? ` Kế hoạch: "${source}"` : ` Plan: "${source}"`) : '';

// A number where text is expected (a code, a phone number, "1.1") only needs quotes.
const quoteWouldFix = (p: { expected: string; actual: string }): boolean =>
  p.expected === 'string' && (p.actual === 'number' || p.actual === 'integer');

export const MESSAGES = {
  'file/too-large': define<{ size: string; limit: string }>({
    severity: 'error',
    vi: (p) => `Tệp quá lớn (${p.size}); giới hạn là ${p.limit}. Tệp không được đọc.`,
    en: (p) => `File too large (${p.size}); the limit is ${p.limit}. The file was not read.`,
  }),
  'file/unreadable': define<{ reason: string }>({
    severity: 'error',
    vi: (p) => `Không đọc được tệp: ${p.reason}.`,
    en: (p) => `Cannot read the file: ${p.reason}.`,
  }),
  'file/empty': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Tệp rỗng: không có nội dung nào để kiểm tra.',
    en: () => 'The file is empty: there is nothing to check.',
  }),
  'encoding/invalid-utf8': define<{ byte: string }>({
    severity: 'error',
    vi: (p) => `Byte ${p.byte} không hợp lệ trong UTF-8. Hãy lưu lại tệp với bảng mã UTF-8.`,
    en: (p) => `Byte ${p.byte} is not valid UTF-8. Save the file again as UTF-8.`,
  }),
  'encoding/legacy-vietnamese': define<{ byte: string }>({
    severity: 'error',
    vi: (p) =>
      `Tệp có vẻ dùng bảng mã tiếng Việt cũ (TCVN3/ABC, VNI hoặc Windows-1258), byte đầu tiên lạ là ${p.byte}. ` +
      'Hãy chuyển sang Unicode UTF-8 (ví dụ bằng công cụ chuyển mã của Unikey) rồi gửi lại.',
    en: (p) =>
      `The file looks like a legacy Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258); first odd byte ${p.byte}. ` +
      'Convert it to Unicode UTF-8 (for example with Unikey’s converter) and send it again.',
  }),
  'encoding/binary': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Tệp không phải văn bản (có byte nhị phân). Có thể đây là tệp Word, Excel hoặc ảnh bị đổi đuôi.',
    en: () => 'The file is not text (it contains binary bytes). It may be a Word, Excel or image file renamed.',
  }),
  'text/normalized-nfc': define<{ count: number }>({
    severity: 'info',
    vi: (p) => `Văn bản tiếng Việt dạng tổ hợp (NFD) đã được chuẩn hóa sang dạng dựng sẵn (NFC) ở ${p.count} chỗ.`,
    en: (p) => `Decomposed Vietnamese text (NFD) was normalised to composed form (NFC) in ${p.count} place(s).`,
  }),
  'yaml/syntax': define<{ code: string; detail: string }>({
    severity: 'error',
    vi: (p) => `Lỗi cú pháp YAML: ${YAML_ERRORS_VI[p.code] ?? 'không đọc được cấu trúc tại đây'}.`,
    en: (p) => `YAML syntax error: ${p.detail}`,
  }),
  'yaml/bad-indent': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Thụt lề không đúng: các khóa cùng cấp phải thẳng cột với nhau.',
    en: () => 'Bad indentation: keys at the same level must line up.',
  }),
  'yaml/tab-indent': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Không được dùng phím Tab để thụt lề trong YAML; hãy dùng dấu cách.',
    en: () => 'Tabs cannot be used for indentation in YAML; use spaces.',
  }),
  'yaml/duplicate-key': define<{ key: string }>({
    severity: 'error',
    vi: (p) => `Khóa "${p.key}" bị lặp lại trong cùng một mục.`,
    en: (p) => `Key "${p.key}" appears twice in the same mapping.`,
  }),
  'yaml/alias-bomb': define<{ limit: number }>({
    severity: 'error',
    vi: (p) => `Tệp dùng quá nhiều tham chiếu (alias) YAML (hơn ${p.limit}); tệp bị từ chối để bảo vệ bộ nhớ.`,
    en: (p) => `The file uses too many YAML aliases (over ${p.limit}); it is refused to protect memory.`,
  }),
  'yaml/multiple-documents': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Mỗi tệp chỉ được chứa một văn bản YAML (bỏ dấu "---" thứ hai hoặc tách thành nhiều tệp).',
    en: () => 'Each file must hold one YAML document (remove the second "---" or split the file).',
  }),
  'document/not-mapping': define<{ actual: string }>({
    severity: 'error',
    vi: (p) => `Nội dung tệp phải là một bảng khóa: giá trị, nhưng lại là ${typeName(p.actual, 'vi')}.`,
    en: (p) => `The file must contain a key: value mapping, but it holds ${typeName(p.actual, 'en')}.`,
  }),
  'document/missing-kind': define<{ kinds: string }>({
    severity: 'error',
    vi: (p) => `Thiếu khóa "loai" cho biết loại hồ sơ (một trong: ${p.kinds}).`,
    en: (p) => `Missing the "loai" key naming the kind of file (one of: ${p.kinds}).`,
  }),
  'document/unknown-kind': define<{ value: string; kinds: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) => `Loại hồ sơ "${p.value}" không có; các loại hợp lệ: ${p.kinds}.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) => `Unknown kind of file "${p.value}"; valid kinds: ${p.kinds}.${didYouMean(p.suggestion, 'en')}`,
  }),
  'schema/required': define<{ property: string }>({
    severity: 'error',
    vi: (p) => `Thiếu trường bắt buộc "${p.property}".`,
    en: (p) => `Missing required field "${p.property}".`,
  }),
  'schema/unknown-field': define<{ property: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) => `Trường "${p.property}" không có trong mẫu.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) => `Field "${p.property}" is not part of the format.${didYouMean(p.suggestion, 'en')}`,
  }),
  'schema/type': define<{ expected: string; actual: string }>({
    severity: 'error',
    vi: (p) =>
      `Sai kiểu dữ liệu: cần ${typeName(p.expected, 'vi')}, nhưng nhận được ${typeName(p.actual, 'vi')}.` +
      (quoteWouldFix(p) ? ' Hãy đặt giá trị trong dấu nháy, ví dụ "0918123456".' : ''),
    en: (p) =>
      `Wrong type: expected ${typeName(p.expected, 'en')}, got ${typeName(p.actual, 'en')}.` +
      (quoteWouldFix(p) ? ' Put the value in quotes, e.g. "0918123456".' : ''),
  }),
  'schema/enum': define<{ value: string; allowed: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) => `Giá trị "${p.value}" không hợp lệ; chọn một trong: ${p.allowed}.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) => `Value "${p.value}" is not allowed; choose one of: ${p.allowed}.${didYouMean(p.suggestion, 'en')}`,
  }),
  'schema/invalid-date': define<{ value: string }>({
    severity: 'error',
    vi: (p) => `Ngày "${p.value}" không hợp lệ (không có ngày này, hoặc sai dạng; dùng dd/MM/yyyy, ví dụ 15/04/2025).`,
    en: (p) => `Date "${p.value}" is invalid (no such day, or wrong form; use dd/MM/yyyy, e.g. 15/04/2025).`,
  }),
  'schema/unsupported-version': define<{ value: string; supported: string }>({
    severity: 'error',
    vi: (p) => `Phiên bản mẫu "${p.value}" không được hỗ trợ; phiên bản hiện hành: ${p.supported}.`,
    en: (p) => `Format version "${p.value}" is not supported; current version: ${p.supported}.`,
  }),
  'schema/out-of-range': define<{ limit: string; comparison: string }>({
    severity: 'error',
    vi: (p) =>
      `Giá trị phải ${p.comparison === '>=' ? 'lớn hơn hoặc bằng' : p.comparison === '<=' ? 'nhỏ hơn hoặc bằng' : p.comparison === '>' ? 'lớn hơn' : 'nhỏ hơn'} ${p.limit}.`,
    en: (p) => `The value must be ${p.comparison} ${p.limit}.`,
  }),
  'schema/length': define<{ limit: number; comparison: 'min' | 'max'; what: 'items' | 'characters' }>({
    severity: 'error',
    vi: (p) =>
      `${p.comparison === 'min' ? 'Cần ít nhất' : 'Chỉ được tối đa'} ${p.limit} ${p.what === 'items' ? 'mục' : 'ký tự'}.`,
    en: (p) => `${p.comparison === 'min' ? 'Needs at least' : 'Allows at most'} ${p.limit} ${p.what}.`,
  }),
  'schema/pattern': define<{ value: string; hint: string }>({
    severity: 'error',
    vi: (p) => `Giá trị "${p.value}" sai dạng: ${p.hint}.`,
    en: (p) => `Value "${p.value}" has the wrong form: ${p.hint}.`,
  }),
  'schema/invalid': define<{ keyword: string; detail: string }>({
    severity: 'error',
    vi: (p) => `Không đúng mẫu (${p.keyword}): ${p.detail}.`,
    en: (p) => `Does not match the format (${p.keyword}): ${p.detail}.`,
  }),
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
  'quota/over': define<{
    subject: string;
    count: number;
    quota: number;
    mode: string;
    category: string;
    source: string;
    year: number;
  }>({
    severity: 'error',
    vi: (p) =>
      `Đăng ký ${p.count} ${SUBJECTS[p.subject]?.vi ?? p.subject}, vượt chỉ tiêu ${MODES[p.mode]?.vi ?? ''} ${p.quota} của nhóm "${p.category}" (năm ${p.year}).${quoted(p.source, 'vi')}`,
    en: (p) =>
      `${p.count} ${SUBJECTS[p.subject]?.en ?? p.subject} registered, over the quota of ${MODES[p.mode]?.en ?? ''} ${p.quota} for "${p.category}" (${p.year}).${quoted(p.source, 'en')}`,
  }),
  'quota/under': define<{
    subject: string;
    count: number;
    quota: number;
    mode: string;
    category: string;
    source: string;
    year: number;
  }>({
    severity: 'error',
    vi: (p) =>
      `Chỉ đăng ký ${p.count} ${SUBJECTS[p.subject]?.vi ?? p.subject}, chưa đủ chỉ tiêu ${MODES[p.mode]?.vi ?? ''} ${p.quota} của nhóm "${p.category}" (năm ${p.year}).${quoted(p.source, 'vi')}`,
    en: (p) =>
      `Only ${p.count} ${SUBJECTS[p.subject]?.en ?? p.subject} registered, short of the quota of ${MODES[p.mode]?.en ?? ''} ${p.quota} for "${p.category}" (${p.year}).${quoted(p.source, 'en')}`,
  }),
  'deadline/late': define<{ days: number; deadline: string; inclusive: boolean; name: string }>({
    severity: 'error',
    vi: (p) =>
      `Nộp muộn ${p.days} ngày so với hạn "${p.name}" (${p.inclusive ? 'chậm nhất là ngày' : 'trước ngày'} ${p.deadline}).`,
    en: (p) =>
      `Delivered ${p.days} day(s) late for "${p.name}" (${p.inclusive ? 'at the latest on' : 'before'} ${p.deadline}).`,
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
  'plan/unknown-value': define<{ vocabulary: string; value: string; allowed: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) =>
      `${VOCABULARIES[p.vocabulary]?.vi ?? p.vocabulary} "${p.value}" không có trong kế hoạch; kế hoạch có: ${p.allowed}.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) =>
      `${VOCABULARIES[p.vocabulary]?.en ?? p.vocabulary} "${p.value}" is not in the plan; the plan has: ${p.allowed}.${didYouMean(p.suggestion, 'en')}`,
  }),
  'plan/year-out-of-range': define<{ year: number; first: number; last: number }>({
    severity: 'error',
    vi: (p) =>
      `Năm ${p.year} nằm ngoài thời gian của kế hoạch (${p.first === p.last ? p.first : `${p.first}–${p.last}`}).`,
    en: (p) => `Year ${p.year} is outside the plan's years (${p.first === p.last ? p.first : `${p.first}–${p.last}`}).`,
  }),
  'plan/unexpected-report-period': define<{ period: string; allowed: string }>({
    severity: 'warning',
    vi: (p) => `Kế hoạch không đặt kỳ báo cáo "${p.period}"; các kỳ của kế hoạch: ${p.allowed}.`,
    en: (p) => `The plan sets no "${p.period}" report; its report periods: ${p.allowed}.`,
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

export type RuleId = keyof typeof MESSAGES;
export type ParamsOf<R extends RuleId> = Parameters<(typeof MESSAGES)[R]['vi']>[0];

/** One union member per rule, so `params` is checked against that rule's message. */
export type Finding = {
  [R in RuleId]: {
    ruleId: R;
    params: ParamsOf<R>;
    at: NodeRef;
    onKey?: boolean;
    /** The plan's `muc_do` for this rule, when the plan sets one; otherwise the rule's default. */
    severity?: Severity;
    /** Set when the problem sits in raw text that has no YAML node (encoding, syntax). */
    span?: Span;
    related?: NodeRef[];
  };
}[RuleId];

export function renderMessage<R extends RuleId>(ruleId: R, params: ParamsOf<R>, lang: Lang): string {
  // TypeScript cannot correlate MESSAGES[R] with ParamsOf<R> by itself; `define` already guaranteed it.
  const def = MESSAGES[ruleId] as unknown as MessageDef<ParamsOf<R>>;
  return def[lang](params);
}

export function defaultSeverity(ruleId: RuleId): Severity {
  return MESSAGES[ruleId].severity;
}
