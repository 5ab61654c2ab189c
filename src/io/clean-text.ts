import { INVISIBLE, replacementOf } from '../messages/invisible.js';

/** One invisible character taken out of the text: where it was in the cleaned text, and which it was. */
export interface InvisibleMark {
  offset: number;
  codePoint: number;
}

/**
 * Replaces space-like invisible characters with a space and removes the rest (see messages/invisible.ts), so a
 * no-break space after "ten_don_vi:" no longer hides the colon and "0\u200b02" compares equal to "002".
 * Offsets refer to the cleaned text, which is the text every later position refers to.
 */
export function cleanInvisible(text: string): { text: string; marks: InvisibleMark[] } {
  const marks: InvisibleMark[] = [];
  let removed = 0;
  const cleaned = text.replace(INVISIBLE, (char: string, offset: number) => {
    const replacement = replacementOf(char);
    marks.push({ offset: offset - removed, codePoint: char.codePointAt(0) ?? 0 });
    removed += char.length - replacement.length;
    return replacement;
  });
  return { text: cleaned, marks };
}
