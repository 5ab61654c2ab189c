import fc from 'fast-check';

// Characters that matter to YAML and to Vietnamese text, plus bytes that break encodings.
const INTERESTING = [
  ':',
  '-',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '"',
  "'",
  '&a',
  '*a',
  '[',
  ']',
  '{',
  '}',
  '#',
  '|',
  '>',
  '!',
  '%',
  '@',
  '`',
  '---',
  '? ',
  'ơ',
  'Đ',
  '\u0301',
  '\u0323',
  '001',
  '31/02/2025',
  'null',
  '~',
  '\uFEFF',
  // Issue 12: characters pasted from Word and web pages, control characters, YAML 1.1.
  '\u00a0',
  '\u202f',
  '\u2007',
  '\u3000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u0007',
  '\u0001',
  '\u001f',
  '%YAML 1.1\n---\n',
  '!!timestamp ',
  '!!binary ',
  '!!set ',
];

/** Invisible characters that danvan removes: a file with them inserted must read exactly as the file without. */
export const REMOVABLE_INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u200e'];
const RAW_BYTES = [0x00, 0xff, 0xfe, 0xc3, 0x80, 0xef, 0xbb, 0xbf, 0x1b, 0x7f];

type Mutation = (bytes: Uint8Array) => Uint8Array;
const encode = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const at = (bytes: Uint8Array, ratio: number) => Math.floor(ratio * (bytes.length + 1));

const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split('\n');
const fromLines = (list: string[]) => encode(list.join('\n'));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...INTERESTING)).map(
    ([ratio, text]): Mutation =>
      (b) =>
        concat(b.subarray(0, at(b, ratio)), encode(text), b.subarray(at(b, ratio))),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...RAW_BYTES)).map(
    ([ratio, byte]): Mutation =>
      (b) =>
        concat(b.subarray(0, at(b, ratio)), new Uint8Array([byte]), b.subarray(at(b, ratio))),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
    ([ratio, length]): Mutation =>
      (b) =>
        concat(b.subarray(0, at(b, ratio)), b.subarray(Math.min(b.length, at(b, ratio) + length))),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (b) => {
    const list = lines(b);
    const x = i % list.length;
    const y = j % list.length;
    [list[x], list[y]] = [list[y] as string, list[x] as string];
    return fromLines(list);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(([i, shift]): Mutation => (b) => {
    const list = lines(b);
    const k = i % list.length;
    const line = list[k] as string;
    list[k] =
      shift >= 0 ? ' '.repeat(shift) + line : line.slice(Math.min(-shift, line.length - line.trimStart().length));
    return fromLines(list);
  }),
  fc.nat().map((i): Mutation => (b) => {
    const list = lines(b);
    const k = i % list.length;
    list.splice(k, 0, list[k] as string);
    return fromLines(list);
  }),
  fc.constant<Mutation>((b) => b.subarray(0, Math.floor(b.length / 2))),
  fc.constant<Mutation>((b) => new TextEncoder().encode(new TextDecoder().decode(b).normalize('NFD'))),
  fc.constant<Mutation>((b) => new Uint8Array(Buffer.from(new TextDecoder().decode(b), 'utf16le'))),
);

/** One to eight mutations applied in order to the seed file's bytes. */
export const mutatedFile = (seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 8 }))
    .map(([seed, steps]) => steps.reduce((bytes, step) => step(bytes), seed));
