import { define, didYouMean, typeName } from './define.js';

// A number where text is expected (a code, a phone number, "1.1") only needs quotes.
const quoteWouldFix = (p: { expected: string; actual: string }): boolean =>
  p.expected === 'string' && (p.actual === 'number' || p.actual === 'integer');

/** The file format: what the JSON Schemas say, in the officer's words. */
export const SCHEMA_MESSAGES = {
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
};
