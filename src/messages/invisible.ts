import type { Lang } from './define.js';

/**
 * Characters a reader cannot see or tell from a plain space, that Word, web pages and chat apps leave in text:
 * no-break and other unusual spaces, zero-width characters, joiners, the soft hyphen, a BOM inside the text, bidi
 * marks, and control characters other than tab, line feed and carriage return.
 */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/gu;

// These stand for a space: replacing them keeps "Sở\u00a0Nội vụ" readable as "Sở Nội vụ"; the rest are removed.
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are Word's manual line and page breaks
const SPACE_LIKE = /[\u000b\u000c\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

/** What a cleaned character becomes: a plain space, or nothing. */
export const replacementOf = (char: string): string => (SPACE_LIKE.test(char) ? ' ' : '');

const NAMES: Record<number, Record<Lang, string>> = {
  0x00a0: { vi: 'khoảng trắng không ngắt', en: 'no-break space' },
  0x202f: { vi: 'khoảng trắng hẹp không ngắt', en: 'narrow no-break space' },
  0x200b: { vi: 'khoảng trắng độ rộng 0', en: 'zero-width space' },
  0x200c: { vi: 'ký tự không nối', en: 'zero-width non-joiner' },
  0x200d: { vi: 'ký tự nối', en: 'zero-width joiner' },
  0x2060: { vi: 'ký tự nối từ', en: 'word joiner' },
  0x00ad: { vi: 'gạch nối mềm', en: 'soft hyphen' },
  0xfeff: { vi: 'dấu BOM giữa văn bản', en: 'byte order mark inside the text' },
  0x000b: { vi: 'ngắt dòng của Word', en: "Word's manual line break" },
  0x000c: { vi: 'ngắt trang', en: 'page break' },
  0x3000: { vi: 'khoảng trắng toàn khổ', en: 'ideographic space' },
};

const CONTROL = /[\p{Cc}]/u;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** A character's code point as it is shown to the user: ‹U+200B›. */
export const codePointLabel = (codePoint: number): string =>
  `‹U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}›`;

/** ‹U+200B› (khoảng trắng độ rộng 0). */
export function describeCodePoint(codePoint: number, lang: Lang): string {
  const char = String.fromCodePoint(codePoint);
  const name =
    NAMES[codePoint]?.[lang] ??
    (CONTROL.test(char)
      ? { vi: 'ký tự điều khiển', en: 'control character' }[lang]
      : BIDI.test(char)
        ? { vi: 'dấu hướng chữ', en: 'direction mark' }[lang]
        : replacementOf(char) === ' '
          ? { vi: 'khoảng trắng đặc biệt', en: 'unusual space' }[lang]
          : { vi: 'ký tự ẩn', en: 'invisible character' }[lang]);
  return `${codePointLabel(codePoint)} (${name})`;
}

/** Text with every invisible character shown as ‹U+XXXX›, so a message never prints "002" for "0\u200b02". */
export const escapeInvisible = (text: string): string =>
  text.replace(INVISIBLE, (char) => codePointLabel(char.codePointAt(0) ?? 0));
