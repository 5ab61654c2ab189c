import type { Position } from './types.js';

const columnLetters = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetters(Math.floor((n - 1) / 26)) + columnLetters(((n - 1) % 26) + 1);

/**
 * Where a diagnostic points, as officers and editors read it: `tep.yaml:12:5`, or for an Excel form the cell in
 * Excel's own notation, `tep.xlsx:'Thông tin chung'!B7` (the sheet name quoted when it holds spaces).
 */
export function formatPlace(file: string, position: Position): string {
  if (position.sheet === undefined) return `${file}:${position.line}:${position.column}`;
  const sheet = /^[\p{L}\p{N}_]+$/u.test(position.sheet) ? position.sheet : `'${position.sheet.replace(/'/g, "''")}'`;
  return `${file}:${sheet}!${columnLetters(position.column)}${position.line}`;
}
