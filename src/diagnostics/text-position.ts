import type { Position } from './types.js';

/** The 1-based line and column (in UTF-16 code units) of `offset` in `text`, lines split at LF. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The offset in `text` of a 1-based line and column, the inverse of positionAt. */
export function offsetAt(text: string, { line, column }: Position): number {
  let offset = 0;
  for (let at = 1; at < line; at += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + column - 1;
}
