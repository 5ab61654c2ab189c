import { isScalar, visit } from 'yaml';
import type { Document, LineCounter, YAMLError } from 'yaml';
import type { Span } from '../diagnostics/types.js';
import type { Finding } from '../messages/catalog.js';

/** The parser's errors as findings, placed where an officer has to look rather than where the parser gave up. */
export function syntaxFindings(
  file: string,
  text: string,
  doc: Document,
  lineCounter: LineCounter,
  toSpan: (range: readonly [number, number]) => Span,
): Finding[] {
  return firstErrorPerLine(doc.errors, lineCounter).map((error) => toFinding(file, text, doc, error, toSpan));
}

// One mistake often cascades into several parser errors on the same line; the first one is the useful one.
function firstErrorPerLine(errors: readonly YAMLError[], lineCounter: LineCounter): YAMLError[] {
  const seen = new Set<number>();
  return errors.filter((error) => {
    const line = lineCounter.linePos(error.pos[0]).line;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

function toFinding(
  file: string,
  text: string,
  doc: Document,
  error: YAMLError,
  toSpan: (range: readonly [number, number]) => Span,
): Finding {
  const at = { file, pointer: '' };
  const spanAt = (offset: number, end = offset + 1) => toSpan([offset, Math.max(offset, end)]);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return {
        ruleId: 'yaml/duplicate-key',
        params: { key: keyAt(text, error.pos[0]) },
        at,
        span: spanAt(error.pos[0], error.pos[1]),
      };
    case 'TAB_AS_INDENT':
      return { ruleId: 'yaml/tab-indent', params: {}, at, span: spanAt(error.pos[0]) };
    case 'BAD_INDENT':
      return { ruleId: 'yaml/bad-indent', params: {}, at, span: spanAt(skipSpaces(text, error.pos[0])) };
    case 'MULTIPLE_DOCS':
      return { ruleId: 'yaml/multiple-documents', params: {}, at, span: spanAt(error.pos[0]) };
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // "ho_ten: A" followed by a more indented "chuc_vu: B" reads as a mapping nested in a value:
      // the mistake is the next line's indentation, not two colons on one line.
      const nextKey = overIndentedLineStart(text, error.pos[0]);
      if (nextKey !== undefined) return { ruleId: 'yaml/bad-indent', params: {}, at, span: spanAt(nextKey) };
      break;
    }
    case 'MISSING_CHAR': {
      // An unclosed quote runs to the end of the file; the officer needs the line where it opens.
      const opening = unclosedQuoteStart(doc, error.pos[0]);
      const span = spanAt(opening ?? error.pos[0]);
      return { ruleId: 'yaml/syntax', params: { code: error.code, detail: firstLine(error.message) }, at, span };
    }
  }
  return {
    ruleId: 'yaml/syntax',
    params: { code: error.code, detail: firstLine(error.message) },
    at,
    span: spanAt(error.pos[0]),
  };
}

const firstLine = (message: string): string => message.split('\n')[0] ?? message;

const skipSpaces = (text: string, offset: number): number =>
  offset + (/^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0);

// yaml's DUPLICATE_KEY message does not name the key; read it from the source.
function keyAt(text: string, offset: number): string {
  const lineEnd = text.indexOf('\n', offset);
  const rest = text.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  return (/^\s*["']?([^"':]+)/.exec(rest)?.[1] ?? rest).trim() || '?';
}

function overIndentedLineStart(text: string, offset: number): number | undefined {
  const lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1 || /:\s/.test(text.slice(offset, lineEnd))) return undefined;
  const next = /[^\s]/.exec(text.slice(lineEnd + 1));
  return next ? lineEnd + 1 + next.index : undefined;
}

function unclosedQuoteStart(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      if (!isScalar(node) || !range || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')) return;
      if (range[0] < offset && range[1] >= offset && (start === undefined || range[0] > start)) start = range[0];
    },
  });
  return start;
}
