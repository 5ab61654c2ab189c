// How a letterhead name breaks into lines. Pure (it takes a measuring function), so every renderer (PDF, .docx)
// breaks the same names the same way.

// A Vietnamese word is often two syllables ("THỂ THAO", "VĨNH LONG"), so a space is not a word boundary. These are
// the places an officer breaks a body's name: before the level of government or a linking "VÀ", after a comma.
const BREAK_BEFORE = new Set(['VÀ', 'TỈNH', 'HUYỆN', 'QUẬN', 'THÀNH', 'THỊ', 'XÃ', 'PHƯỜNG', 'ĐẶC', 'TRUNG', 'KHU']);

const goodBreak = (before: string, after: string): boolean =>
  /[,;-]$/.test(before) || before === '-' || BREAK_BEFORE.has(after.toLocaleUpperCase('vi'));

/**
 * Breaks a letterhead line into the fewest lines that fit `width` (units of `measure`), choosing first the breaks an
 * officer would make (before "TỈNH", "HUYỆN", "VÀ"…, after a comma: "ỦY BAN NHÂN DÂN / TỈNH VĨNH LONG", "SỞ VĂN HÓA,
 * THỂ THAO / VÀ DU LỊCH"), then the most balanced lines. Never inside a word as long as a good break fits; a "\n" in
 * the text is the writer's own break and is kept. Up to four lines.
 */
export function balancedLines(text: string, measure: (line: string) => number, width: number): string[] {
  if (text.includes('\n')) return text.split('\n').flatMap((part) => balancedLines(part.trim(), measure, width));
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 1 || measure(text) <= width) return [text];
  interface Split {
    lines: string[];
    widest: number;
    bad: number;
  }
  const better = (a: Split, b: Split) => {
    const fitsA = a.widest <= width;
    const fitsB = b.widest <= width;
    if (fitsA !== fitsB) return fitsA;
    return a.bad < b.bad || (a.bad === b.bad && a.widest < b.widest);
  };
  const bestSplit = (from: number, count: number): Split => {
    if (count === 1) {
      const line = words.slice(from).join(' ');
      return { lines: [line], widest: measure(line), bad: 0 };
    }
    let best: Split = { lines: [], widest: Infinity, bad: Infinity };
    for (let end = from + 1; end <= words.length - count + 1; end += 1) {
      const line = words.slice(from, end).join(' ');
      const rest = bestSplit(end, count - 1);
      const candidate = {
        lines: [line, ...rest.lines],
        widest: Math.max(measure(line), rest.widest),
        bad: rest.bad + (goodBreak(words[end - 1] ?? '', words[end] ?? '') ? 0 : 1),
      };
      if (better(candidate, best)) best = candidate;
    }
    return best;
  };
  let split = bestSplit(0, 2);
  for (let count = 3; split.widest > width && count <= Math.min(4, words.length); count += 1)
    split = bestSplit(0, count);
  return split.lines;
}

/** The faces a letterhead line is set in. */
export type LetterheadFace = 'regular' | 'bold';

/**
 * Width of `text` in points, set in Tinos (metric-compatible with Times New Roman, so Word lays it out the same) in
 * `face` at `size` points. pdf-fonts.ts makes one from the faces the PDF draws with.
 */
export type TextMeasure = (text: string, face: LetterheadFace, size: number) => number;

/** The letterhead's left column (governing body, issuing body, number) as a share of the text width. */
export const LETTERHEAD_LEFT_SHARE = 0.45;

/**
 * Point sizes of the letterhead's lines. State (Nghị định 30/2020, Phụ lục I): names 12–13, "Số" 13, place and date
 * 13–14. Party (Hướng dẫn 36-HD/VPTW): names 14, "ĐẢNG CỘNG SẢN VIỆT NAM" 15, "Số" and place and date 14.
 */
export const LETTERHEAD_SIZES = {
  state: { name: 12, number: 13, placeDate: 13, nationalName: 12, motto: 13 },
  party: { name: 14, number: 14, placeDate: 14, heading: 15 },
} as const;

/**
 * The governing body's and the issuing body's names as the lines every renderer draws in the letterhead's left
 * column, `width` points wide: balancedLines with the PDF's metrics, so the PDF and the .docx break a long name
 * ("ỦY BAN NHÂN DÂN / TỈNH VĨNH LONG") in the same places. The governing body is regular, the issuing body bold; an
 * empty governing body gives no line. Two points of slack keep a line that just fits from wrapping in Word.
 */
export function letterheadNameLines(
  header: { governingBody: string; issuer: string; layout?: 'state' | 'party' },
  measure: TextMeasure,
  width: number,
): { governingBody: string[]; issuer: string[] } {
  const size = LETTERHEAD_SIZES[header.layout ?? 'state'].name;
  const lines = (text: string, face: LetterheadFace) =>
    balancedLines(text, (line) => measure(line, face, size), width - 2);
  return {
    governingBody: header.governingBody ? lines(header.governingBody, 'regular') : [],
    issuer: lines(header.issuer, 'bold'),
  };
}
