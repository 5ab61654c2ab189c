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
