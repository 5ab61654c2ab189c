/** Where a finding points: a file plus an RFC 6901 JSON pointer ('' is the document root). */
export interface NodeRef {
  file: string;
  pointer: string;
}

/**
 * 1-based, as editors and `file:line:col` links expect. In an Excel form `sheet` is set and line/column are the
 * cell's row and column, printed `tep.xlsx:Sheet!C12`.
 */
export interface Position {
  line: number;
  column: number;
  sheet?: string;
}

export interface Span {
  start: Position;
  end: Position;
}

/** `info` is a notice (e.g. text normalised to NFC); only `error` fails a run. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
