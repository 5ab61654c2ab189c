import type { Position } from '../diagnostics/types.js';
import type { Finding } from '../messages/catalog.js';
import { positionAt } from '../diagnostics/text-position.js';

/** The outcome of turning a file's bytes into text; pure, so every encoding case is unit-testable. */
export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' }
  | { ok: false; problem: 'binary' | 'invalid-utf8' | 'legacy-vietnamese'; byte: string; position: Position }
  | { ok: false; problem: 'mojibake'; sample: string; position: Position };

const SAMPLE = 8192;

/**
 * The located finding for bytes that are not text danvan reads (encoding/binary, encoding/legacy-vietnamese: a
 * Windows-1258 or TCVN3 file, encoding/invalid-utf8, encoding/mojibake: UTF-8 Vietnamese once read as Windows-1252
 * and saved again), at the first byte or character that is not.
 */
export function encodingFinding(
  file: string,
  decoded: Extract<DecodedText, { ok: false }>,
  /** What the file is: a unit's submission (sent again once mended) or a campaign's template (saved again). */
  source: 'submission' | 'template' = 'submission',
): Finding {
  const span = { start: decoded.position, end: decoded.position };
  const at = { file, pointer: '' };
  if (decoded.problem === 'binary') return { ruleId: 'encoding/binary', params: {}, at, span };
  if (decoded.problem === 'mojibake')
    return { ruleId: 'encoding/mojibake', params: { sample: decoded.sample }, at, span };
  if (decoded.problem === 'legacy-vietnamese') {
    const template = source === 'template' ? { template: true } : {};
    return { ruleId: 'encoding/legacy-vietnamese', params: { byte: decoded.byte, ...template }, at, span };
  }
  return { ruleId: 'encoding/invalid-utf8', params: { byte: decoded.byte }, at, span };
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bomless = guessBomlessUtf16(bytes);
  if (bomless) return utf16(bytes, bomless);
  const binaryAt = findBinaryByte(bytes);
  if (binaryAt >= 0) return failure('binary', bytes, binaryAt);
  return utf8(bytes, 'utf-8');
}

// UTF-8 Vietnamese read as Windows-1252 and saved again ("Vá»� viá»‡c", "Ä‘á»� nghá»‹", "â€œDÃ¢n váºn"): the lead
// bytes of Vietnamese letters become these pairs, which no Vietnamese text has: "á" never stands before "»" or "º", "Ä",
// "Å" and "Æ" are not Vietnamese letters, and "â" never stands before "€". "Ã" is a Vietnamese capital, so after it
// only signs no text puts there count — not quotes, dashes or "…" ("CẤP XÃ”", "NGÃ’"); a garbled file has many other
// pairs anyway.
const CP1252_HIGH =
  '\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2030\\u2039\\u203a\\u20ac\\u2122\\ufffd';
const CP1252_PUNCTUATION = '\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026';
const MOJIBAKE = new RegExp(
  `Ã[\\u0080-\\u009f\\u00a1-\\u00aa\\u00ac-\\u00ba\\u00bc-\\u00bf${CP1252_HIGH}]|` +
    `[ÄÅÆ][\\u0080-\\u009f\\u00a1-\\u00bf${CP1252_HIGH}${CP1252_PUNCTUATION}]|á[\\u00ba\\u00bb]|â€`,
);

function utf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const garbled = MOJIBAKE.exec(text);
    if (garbled) {
      const sample = text.slice(garbled.index, garbled.index + 24).split('\n')[0] ?? '';
      return { ok: false, problem: 'mojibake', sample, position: positionAt(text, garbled.index) };
    }
    return { ok: true, text, encoding };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return failure(looksLegacyVietnamese(bytes) ? 'legacy-vietnamese' : 'invalid-utf8', bytes, offset);
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding };
}

// Notepad can save UTF-16 without a BOM; ASCII-heavy YAML then has a NUL in every other byte.
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

// A NUL, or many other C0 controls, mark a Word/Excel/image file, not YAML. A few stray controls (Word's vertical
// tab for a manual line break, a form feed) are text: load-yaml names and removes them with a notice.
function findBinaryByte(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let first = -1;
  let controls = 0;
  let nul = false;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
      if (first < 0) first = i;
      controls += 1;
      if (b === 0) nul = true;
    }
  }
  return nul || controls > Math.max(4, n / 50) ? first : -1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when the bytes there are invalid. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  for (let k = 1; k < length; k += 1) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
  }
  return length;
}

// TCVN3, VNI and Windows-1258 write Vietnamese letters as lone high bytes; real UTF-8 text has multi-byte
// sequences. Many high bytes and almost no valid sequence means a legacy encoding, not a stray bad byte.
function looksLegacyVietnamese(bytes: Uint8Array): boolean {
  let high = 0;
  let validSequences = 0;
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i += 1;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 1) validSequences += 1;
    else high += 1;
    i += Math.max(length, 1);
  }
  return high >= 3 && validSequences <= high / 10;
}

function failure(
  problem: 'binary' | 'invalid-utf8' | 'legacy-vietnamese',
  bytes: Uint8Array,
  offset: number,
): DecodedText {
  const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return { ok: false, problem, byte, position: positionOfByte(bytes, offset) };
}

// Columns count characters, so decode the (valid) prefix of the offending line leniently.
function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}
