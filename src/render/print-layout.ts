// Excel stores no laid-out text: a wrapped cell's row keeps whatever height the file says, and LibreOffice prints a
// row without a height as one line, cutting the rest. So the row heights are estimated here, generously: a row a
// little too tall costs white space, a row too short loses words on paper.

/** Excel refuses a cell longer than this (UTF-16 code units); the whole workbook would fail to open. */
export const EXCEL_CELL_LIMIT = 32_767;
/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
// Times New Roman 13 pt: characters per Excel width unit (the default font's "0"), measured on LibreOffice prints
// of Vietnamese text with diacritics; bold capitals are wider.
const CHARS_PER_UNIT = { regular: 0.92, bold: 0.78 } as const;
const LINE_HEIGHT = 16.5; // points per line of 13 pt text (Excel's own row height for Times New Roman 13)
const PADDING = 4;

/**
 * Text that fits in one Excel cell: longer text is cut at the limit, never inside a surrogate pair, and ends with a
 * visible marker that says how much was left out and where to read the rest.
 */
export function clampCellText(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const marker = (omitted: number) =>
    ` … [ĐÃ CẮT ${omitted.toLocaleString('vi-VN')} ký tự: ô Excel chứa tối đa 32.767 ký tự; xem toàn văn trong tệp gốc]`;
  let keep = EXCEL_CELL_LIMIT - marker(text.length).length;
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep -= 1; // a high surrogate would lose its pair
  return text.slice(0, keep) + marker(text.length - keep);
}

/** How many printed lines a text takes in a column `width` units wide, wrapping at spaces like a spreadsheet. */
export function wrappedLines(text: string, width: number, weight: 'regular' | 'bold' = 'regular'): number {
  const capacity = Math.max(1, Math.floor((width - 1) * CHARS_PER_UNIT[weight]));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const length = [...word].length;
      const needed = used === 0 ? length : used + 1 + length;
      if (needed <= capacity) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(length / capacity) - 1; // a word wider than the column is broken inside
      used = length % capacity || capacity;
    }
  }
  return lines;
}

/** The row height, in points, that shows every line of the tallest cell (capped at Excel's maximum). */
export function rowHeight(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * LINE_HEIGHT + PADDING);
}

/**
 * Where the title block splits into its left part (the issuing body) and its right part (the national motto):
 * the number of columns on the left, about 40 % of the width, keeping at least one column on each side.
 */
export function titleSplit(widths: readonly number[]): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  let left = 0;
  for (const [i, width] of widths.entries()) {
    left += width;
    if (left >= total * 0.4) return Math.min(Math.max(i + 1, 1), widths.length - 1);
  }
  return Math.max(1, widths.length - 1);
}
