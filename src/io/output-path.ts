import { isAbsolute, relative, resolve, sep } from 'node:path';
import { OutputError } from './output-error.js';

// Windows refuses these as file names with any extension (CON.pdf, nul.txt), on every drive and folder.
const RESERVED_BASE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?=\.|$)/i;
// Separators of every platform, characters Windows refuses, control characters and invisible format characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]+/gu;
const MAX_STEM = 80;

/**
 * A file-name stem made from a code or a name (a unit's registry code, a plan id): NFC, separators and characters
 * Windows refuses replaced by '-', no leading dot or dash (hidden files, options), no trailing dot or space (Windows
 * drops them), at most 80 characters, and a Windows reserved name (CON, NUL.txt, COM1…) gets '_' after it.
 * Returns '_' when nothing usable is left, so a stem is never empty.
 */
export function safeFileStem(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/[-.]*-[-.]*/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\-\s]+|[.\s]+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/[.\s]+$/g, '');
  if (cleaned === '') return '_';
  return cleaned.replace(RESERVED_BASE, '$1_');
}

/**
 * `folder` joined with one plain file name, refusing (OutputError 'outside') a name that is empty, absolute, holds a
 * separator of any platform, is `.` or `..`, is reserved on Windows, or resolves outside `folder` for any reason.
 * Callers that build names from data pass them through safeFileStem first; this is the last line of defence.
 */
export function outputPathIn(folder: string, name: string): string {
  const base = resolve(folder);
  const plain =
    name !== '' &&
    name !== '.' &&
    name !== '..' &&
    !/[/\\]/.test(name) &&
    !isAbsolute(name) &&
    !/^[a-z]:/i.test(name) &&
    !RESERVED_BASE.test(name);
  const target = resolve(base, name);
  const inside = relative(base, target);
  if (!plain || inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    throw new OutputError('outside', `${base}${sep}${name}`);
  return target;
}

/** `folder/<stem>-<suffix>` for a stem made from data (a unit code): sanitized, then guarded. */
export const outputFileFor = (folder: string, stem: string, suffix: string): string =>
  outputPathIn(folder, `${safeFileStem(stem)}-${suffix}`);
