import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { substituteFor, undrawable } from '../core/glyphs.js';
import type { Document, Node, Range } from 'yaml';
import type { Finding } from '../messages/catalog.js';
import { splitPointer } from '../diagnostics/pointer.js';
import { positionAt } from '../diagnostics/text-position.js';
import type { Position, Span } from '../diagnostics/types.js';
import { cleanInvisible } from './clean-text.js';
import type { InvisibleMark } from './clean-text.js';
import { syntaxFindings } from './yaml-syntax.js';
import { keepLeadingZeroCodes } from './yaml-tags.js';

/** One parse gives the data, the syntax findings and a locator for every later finding. */
export interface LoadedYaml {
  file: string;
  text: string;
  data: unknown;
  findings: Finding[];
  locate: (pointer: string, onKey?: boolean) => Span;
}

export const MAX_ALIAS_COUNT = 100;
// YAML 1.1 reads 2025-04-10 as a date, yes/no as booleans and 012 as octal 10: danvan always reads YAML 1.2.
const YAML_DIRECTIVE = /^%(YAML[ \t].*)$/gm;
// A base letter followed by combining marks: one decomposed Vietnamese letter.
const DECOMPOSED_LETTER = /[^\u0300-\u036f][\u0300-\u036f]+/g;
const DECOMPOSED_MARK = /[\u0300-\u036f]/;

export function parseYamlText(file: string, typed: string): LoadedYaml {
  const raw = withLineFeeds(typed);
  const nfc = raw.normalize('NFC'); // NFD names neither sort nor match
  const cleaned = cleanInvisible(nfc);
  const { marks } = cleaned;
  // positions refer to this text, which code frames show; a %YAML line becomes a comment of the same length
  const text = cleaned.text.replace(YAML_DIRECTIVE, '#$1');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    customTags: keepLeadingZeroCodes,
    // yaml otherwise prints process warnings (e.g. for a mapping used as a key); such keys
    // reach the schema as text and are reported there, with a position.
    logLevel: 'error',
    // !!timestamp, !!binary, !!set, !!omap would give a Date, bytes, a Set or a Map where the schema wants the text
    // the officer typed: leave the value as written and say the tag was ignored.
    resolveKnownTags: false,
  });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const toSpan = ([start, end]: readonly [number, number]): Span => ({
    start: toPosition(start),
    end: toPosition(end),
  });
  const findings: Finding[] = syntaxFindings(file, text, doc, lineCounter, toSpan);
  if (raw !== typed) findings.push(crNotice(file, typed, raw));
  if (nfc !== raw) findings.push(nfcNotice(file, raw));
  findings.push(...versionNotices(file, cleaned.text, toPosition), ...ignoredTags(file, doc, text, toSpan));
  findings.push(...invisibleNotices(file, marks, toPosition));
  findings.push(...glyphFindings(file, doc, text, toSpan));
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      findings.push(
        /Excessive alias count/.test(error.message)
          ? { ruleId: 'yaml/alias-bomb', params: { limit: MAX_ALIAS_COUNT }, at: { file, pointer: '' } }
          : { ruleId: 'yaml/syntax', params: { code: 'BAD_ALIAS', detail: error.message }, at: { file, pointer: '' } },
      );
    }
  }
  return {
    file,
    text: cleaned.text,
    data,
    findings,
    locate: (pointer, onKey = false) => toSpan(findRange(doc, pointer, onKey)),
  };
}

/**
 * The data alone of a file that was already checked (a merged dataset's embedded text), read exactly as
 * parseYamlText reads it (NFC, invisible characters cleaned, YAML 1.2, codes kept as text) but without locating
 * anything: the document builders read every unit's files once more, and the findings were the merge's to make.
 * Undefined when the text does not parse.
 */
export function readYamlData(raw: string): unknown {
  const text = cleanInvisible(withLineFeeds(raw).normalize('NFC')).text.replace(YAML_DIRECTIVE, '#$1');
  const doc = parseDocument(text, {
    uniqueKeys: true,
    customTags: keepLeadingZeroCodes,
    logLevel: 'silent',
    resolveKnownTags: false,
  });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

function versionNotices(file: string, text: string, toPosition: (offset: number) => Position): Finding[] {
  return [...text.matchAll(YAML_DIRECTIVE)].map((match) => {
    const start = toPosition(match.index);
    return {
      ruleId: 'yaml/version-directive' as const,
      params: { directive: match[0].trim() },
      at: { file, pointer: '' },
      span: { start, end: { line: start.line, column: start.column + match[0].length } },
    };
  });
}

// The tag as the officer wrote it (!!timestamp, !custom, !<tag:…>): the warning's own text spells only the resolved URI.
function ignoredTags(
  file: string,
  doc: Document,
  text: string,
  toSpan: (range: readonly [number, number]) => Span,
): Finding[] {
  return doc.warnings
    .filter((warning) => warning.code === 'TAG_RESOLVE_FAILED')
    .map((warning) => ({
      ruleId: 'yaml/ignored-tag' as const,
      params: { tag: text.slice(warning.pos[0], warning.pos[1]).trim() || warning.message.split(' at ')[0] || '' },
      at: { file, pointer: '' },
      span: toSpan([warning.pos[0], warning.pos[1]]),
    }));
}

// One notice per line, naming each kind of character once: a paragraph pasted from Word is one line, not fifty.
function invisibleNotices(
  file: string,
  marks: readonly InvisibleMark[],
  toPosition: (offset: number) => Position,
): Finding[] {
  const byLine = new Map<number, { start: Position; codePoints: Set<number>; count: number }>();
  for (const mark of marks) {
    const start = toPosition(mark.offset);
    const line = byLine.get(start.line) ?? { start, codePoints: new Set<number>(), count: 0 };
    line.codePoints.add(mark.codePoint);
    line.count += 1;
    byLine.set(start.line, line);
  }
  return [...byLine.values()].map(({ start, codePoints, count }) => ({
    ruleId: 'text/invisible-character',
    params: { codePoints: [...codePoints], count },
    at: { file, pointer: '' },
    span: { start, end: start },
  }));
}

// A character the documents' font cannot draw (✔, ☎, emoji), at its own line and column in a value; comments are
// not printed, so they are not checked.
function glyphFindings(
  file: string,
  doc: Document,
  text: string,
  toSpan: (range: readonly [number, number]) => Span,
): Finding[] {
  const findings: Finding[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const [start, end] = node.range;
      for (const { char, index } of undrawable(text.slice(start, end))) {
        const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        findings.push({
          ruleId: 'text/unsupported-glyph',
          params: { char, code, substitute: substituteFor(char) },
          at: { file, pointer: '' },
          span: toSpan([start + index, start + index + char.length]),
        });
      }
    },
  });
  return findings;
}

// A lone CR (classic Mac OS, some old editors) is a line break to the officer; the yaml parser reads the whole file
// as one line, so a first-line comment hid everything ("Tệp rỗng"). CR → LF keeps every offset, hence every position.
const LONE_CR = /\r(?!\n)/g;
const withLineFeeds = (text: string): string => text.replace(LONE_CR, '\n');

// At the end of the first line that ends in a lone CR; `lines` is the text with LF in its place (same offsets).
function crNotice(file: string, typed: string, lines: string): Finding {
  const first = typed.search(LONE_CR);
  const position = positionAt(lines, first);
  return {
    ruleId: 'text/cr-line-endings',
    params: { count: typed.match(LONE_CR)?.length ?? 0 },
    at: { file, pointer: '' },
    span: { start: position, end: position },
  };
}

function nfcNotice(file: string, raw: string): Finding {
  const letters = raw.match(DECOMPOSED_LETTER)?.length ?? 0;
  const first = raw.search(DECOMPOSED_MARK);
  const before = raw.slice(0, Math.max(first, 0));
  const line = before.split('\n').length;
  const lineText = before.slice(before.lastIndexOf('\n') + 1).normalize('NFC');
  // The composed letter sits where its base letter was; a mark with no base letter is at column 1.
  const position = { line, column: Math.max(1, [...lineText].length) };
  return {
    ruleId: 'text/normalized-nfc',
    params: { count: letters },
    at: { file, pointer: '' },
    span: { start: position, end: position },
  };
}

// Walks the AST along the pointer and stops at the deepest node that exists,
// so a missing property is reported on its nearest ancestor.
function findRange(doc: Document, pointer: string, onKey: boolean): [number, number] {
  let node: Node | null = doc.contents;
  let keyRange: Range | undefined;
  for (const segment of splitPointer(pointer)) {
    const child = childOf(node, segment);
    if (!child) break;
    ({ node, keyRange } = child);
  }
  const range = (onKey && keyRange) || node?.range;
  return range ? [range[0], range[1]] : [0, 0];
}

function childOf(node: Node | null, segment: string): { node: Node; keyRange?: Range } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
    const key = pair?.key as Node | undefined;
    if (!pair || !key) return undefined;
    return { node: (pair.value as Node | null) ?? key, keyRange: key.range ?? undefined };
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)] as Node | undefined;
    return item ? { node: item } : undefined;
  }
  return undefined;
}
