import type { Severity } from '../diagnostics/types.js';

export type Lang = 'vi' | 'en';

export interface MessageDef<P> {
  severity: Severity;
  vi: (params: P) => string;
  en: (params: P) => string;
}

// Declares P once per rule; `vi` and `en` must agree on it.
export const define = <P>(def: MessageDef<P>): MessageDef<P> => def;

export const didYouMean = (suggestion: string | undefined, lang: Lang): string =>
  suggestion ? (lang === 'vi' ? ` Có phải ý bạn là "${suggestion}"?` : ` Did you mean "${suggestion}"?`) : '';

/** The params of a message that quotes the plan rule it applies (see `quoted`). */
export interface Quoted {
  source?: string;
  assumed?: boolean;
}

/**
 * After a message that applies a plan rule (issue 13): the plan's sentence, ` Kế hoạch: "…"`, and ` (Giả định: …)`
 * when the plan does not state the rule. Empty for a dataset written before rules carried their sources.
 */
export const quoted = (p: Quoted, lang: Lang): string =>
  (p.source ? (lang === 'vi' ? ` Kế hoạch: "${p.source}"` : ` Plan: "${p.source}"`) : '') +
  (p.assumed
    ? lang === 'vi'
      ? ' (Giả định: kế hoạch không nêu quy định này.)'
      : ' (Assumed: the plan does not state this rule.)'
    : '');

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi chữ', en: 'text' },
  integer: { vi: 'số nguyên', en: 'a whole number' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true/false', en: 'true/false' },
  array: { vi: 'danh sách (các dòng bắt đầu bằng "- ")', en: 'a list (lines starting with "- ")' },
  object: { vi: 'bảng khóa: giá trị', en: 'a key: value mapping' },
  null: { vi: 'giá trị rỗng', en: 'an empty value' },
};
export const typeName = (names: string, lang: Lang): string =>
  names
    .split(',')
    .map((name) => TYPE_NAMES[name]?.[lang] ?? name)
    .join(lang === 'vi' ? ' hoặc ' : ' or ');
