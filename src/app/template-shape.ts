import { closestMatch } from '../core/similarity.js';
import { forEachText } from '../core/text-values.js';
import { childPointer } from '../diagnostics/pointer.js';
import type { Finding } from '../messages/catalog.js';

type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

const kindOf = (value: unknown): Kind => {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as Kind;
  return 'object';
};
const numeric = (kind: Kind) => kind === 'number' || kind === 'integer';
const sameKind = (a: Kind, b: Kind) => a === b || (numeric(a) && numeric(b));

/**
 * What a campaign's wording file (mau-van-ban/<name>.yaml) must keep of the shipped one it replaces: every field the
 * shipped file has (schema/required), each of the same kind — text, list, mapping — down to the list items
 * (schema/type), none left empty where the shipped one says something (schema/length), and it is told of a field the
 * shipped file does not have (schema/unknown-field, a warning with the closest shipped name: danvan never reads it,
 * so an edit there would be lost). Checked against the shipped template
 * itself, so the rule follows the templates as they change. Findings carry JSON pointers into `own`, at `file`.
 */
export function templateShapeFindings(shipped: unknown, own: unknown, file: string): Finding[] {
  const findings: Finding[] = [];
  const walk = (expected: unknown, actual: unknown, pointer: string): void => {
    const want = kindOf(expected);
    const got = kindOf(actual);
    if (!sameKind(want, got)) {
      findings.push({ ruleId: 'schema/type', params: { expected: want, actual: got }, at: { file, pointer } });
      return;
    }
    if (want === 'string' && (actual as string).trim() === '' && (expected as string).trim() !== '') {
      findings.push({
        ruleId: 'schema/length',
        params: { limit: 1, comparison: 'min', what: 'characters' },
        at: { file, pointer },
      });
      return;
    }
    if (want === 'array') {
      if ((actual as unknown[]).length === 0 && (expected as unknown[]).length > 0)
        findings.push({
          ruleId: 'schema/length',
          params: { limit: 1, comparison: 'min', what: 'items' },
          at: { file, pointer },
        });
      const item = (expected as unknown[])[0];
      if (item !== undefined) (actual as unknown[]).forEach((value, i) => walk(item, value, `${pointer}/${i}`));
      return;
    }
    if (want !== 'object') return;
    const wanted = expected as Record<string, unknown>;
    const given = actual as Record<string, unknown>;
    for (const key of Object.keys(wanted))
      if (!(key in given))
        findings.push({ ruleId: 'schema/required', params: { property: key }, at: { file, pointer } });
      else walk(wanted[key], given[key], childPointer(pointer, key));
    for (const key of Object.keys(given))
      if (!(key in wanted)) {
        const suggestion = closestMatch(
          key,
          Object.keys(wanted).filter((k) => !(k in given)),
        );
        findings.push({
          ruleId: 'schema/unknown-field',
          severity: 'warning',
          params: { property: key, ...(suggestion ? { suggestion } : {}) },
          at: { file, pointer: childPointer(pointer, key) },
          onKey: true,
        });
      }
  };
  walk(shipped, own, '');
  return findings;
}

/**
 * Braces that are not a placeholder in a campaign template's texts: "{ten_don_vi" without its closing brace, or
 * "{{ten_don_vi}}", would print a brace in a signed document (fillTemplate fills only "{name}"). One finding per text
 * (dossier/stray-brace), at its JSON pointer in `own`.
 */
export function strayBraceFindings(own: unknown, file: string): Finding[] {
  const findings: Finding[] = [];
  forEachText(own, (text, pointer) => {
    const stray = firstStrayBrace(text);
    if (!stray) return;
    const at = stray.index;
    // The whole words around the brace, which a paragraph's first words would not show.
    const end = at + stray[0].length;
    const before = at > 25 ? `…${text.slice(at - 25, at).replace(/^\S*\s+/, '')}` : text.slice(0, at);
    const after = end + 25 < text.length ? `${text.slice(end, end + 25).replace(/\s+\S*$/, '')}…` : text.slice(end);
    const around = `${before}${stray[0]}${after}`.replace(/\s+/g, ' ');
    // {Ten_Don_Vi}, {tên đơn vị}: the name meant, as placeholders are written (lower case, no marks, underscores).
    const meant = stray[1]
      ?.normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .trim()
      .replace(/[\s-]+/g, '_');
    // "{{nam}}", "{nam", "{so_don_vi cơ quan": the name the brace opens.
    const opened = stray[0] === '{' ? /^\{+([a-z_]+)\}*/.exec(text.slice(at))?.[1] : undefined;
    const name = meant && /^[a-z_]+$/.test(meant) ? meant : opened;
    const suggestion = name ? `{${name}}` : undefined;
    findings.push({
      ruleId: 'dossier/stray-brace',
      params: { text: around, ...(suggestion ? { suggestion } : {}) },
      at: { file, pointer },
    });
  });
  return findings;
}

/**
 * The first brace of `text` that is not part of a placeholder written right ("{nam}"): a lone "{" or "}", or a pair
 * around what is not a placeholder name ("{Ten_Don_Vi}", group 1). Folding a YAML text changes only its whitespace, so
 * the same search in the file's own text finds the same brace.
 */
export function firstStrayBrace(text: string): RegExpExecArray | undefined {
  for (const m of text.matchAll(/\{[a-z_]+\}|\{([^{}\n]{1,40})\}|[{}]/gu)) if (m[0].length === 1 || m[1]) return m;
  return undefined;
}

/**
 * The placeholders a shipped template lists in its opening comment ("# Chỗ trống dùng được: {nam} {ky}."): those its
 * document builder fills. The shipped-templates test keeps the lists true (every placeholder a shipped text uses is
 * listed).
 */
export function listedPlaceholders(shippedText: string): Set<string> {
  const comments = shippedText.split('\n').filter((line) => line.startsWith('#'));
  return new Set(comments.flatMap((line) => [...line.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1] ?? '')));
}

/** The placeholders of `own`'s filled texts (pointers `filled` matches) that `listed` does not hold, each once. */
export function unlistedPlaceholders(own: unknown, filled: RegExp, listed: ReadonlySet<string>): string[] {
  const unlisted = new Set<string>();
  forEachText(own, (text, pointer) => {
    if (!filled.test(pointer)) return;
    for (const [, name = ''] of text.matchAll(/\{([a-z_]+)\}/g)) if (!listed.has(name)) unlisted.add(name);
  });
  return [...unlisted];
}

/**
 * Placeholders in a text danvan prints as written (a heading, a signature title, a Nơi nhận line): only the fields
 * `filled` matches (JSON pointers) have their "{name}" filled, so one elsewhere would reach the signed document as
 * typed (dossier/placeholder-not-filled, at its pointer in `own`).
 */
export function unfilledPlaceholderFindings(own: unknown, filled: RegExp, file: string): Finding[] {
  const findings: Finding[] = [];
  forEachText(own, (text, pointer) => {
    const placeholder = /\{([a-z_]+)\}/.exec(text)?.[1];
    if (placeholder && !filled.test(pointer))
      findings.push({ ruleId: 'dossier/placeholder-not-filled', params: { placeholder }, at: { file, pointer } });
  });
  return findings;
}
