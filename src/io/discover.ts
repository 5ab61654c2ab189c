import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { globBase, globToRegExp, hasGlob } from './glob.js';

export interface Discovery {
  /** YAML files to check, absolute paths, sorted and without repeats. */
  files: string[];
  /** Files found while walking directories that are not YAML: skipped and counted, never an error. */
  skipped: string[];
  /** Arguments that matched nothing: a usage error for the caller. */
  missing: string[];
}

// Excel intake forms (.xlsx) are read like YAML files; an old .xls is picked up too, to be refused with a clear error.
// "~$tep.xlsx" is the lock file Excel leaves beside a workbook it has open, not a form.
const YAML_FILE = /(^|[\\/])(?!~\$)[^\\/]*\.(ya?ml|xlsx|xls)$/i;
/** A campaign's own document templates (danvan templates, danvan dossier): wording, not submissions to check. */
export const CAMPAIGN_TEMPLATES_FOLDER = 'mau-van-ban';
const IGNORED_DIRS = new Set(['node_modules', '.git', CAMPAIGN_TEMPLATES_FOLDER]);

/** Files, directories (recursive) and glob patterns, expanded by danvan itself. */
export async function discoverInputs(args: readonly string[], cwd: string): Promise<Discovery> {
  const files = new Set<string>();
  const skipped = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    const found = hasGlob(arg) ? await expandGlob(arg, cwd, skipped) : await expandPath(resolve(cwd, arg), skipped);
    if (found === undefined || (hasGlob(arg) && found.length === 0)) missing.push(arg);
    for (const file of found ?? []) files.add(file);
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { files: sorted(files), skipped: sorted(skipped).filter((file) => !files.has(file)), missing };
}

async function expandPath(path: string, skipped: Set<string>): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return [path]; // named explicitly: checked whatever its extension
  const files: string[] = [];
  for (const file of await walk(path)) {
    if (YAML_FILE.test(file)) files.push(file);
    else skipped.add(file);
  }
  return files;
}

// Windows and macOS (by default) find "Dang-Ky.yaml" for "dang-ky.yaml"; a pattern should match as the shell would.
const CASE_INSENSITIVE_FS = process.platform === 'win32' || process.platform === 'darwin';

async function expandGlob(pattern: string, cwd: string, skipped: Set<string>): Promise<string[]> {
  const normalized = pattern.split(sep).join('/');
  const base = resolve(cwd, globBase(normalized));
  const matcher = globToRegExp(resolve(cwd, normalized).split(sep).join('/'), CASE_INSENSITIVE_FS);
  const info = await stat(base).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const matches = (await walk(base)).filter((file) => matcher.test(file.split(sep).join('/').normalize('NFC')));
  // A glob like "inbox/*" also meets Word files; they are skipped like in a directory walk.
  for (const file of matches.filter((file) => !YAML_FILE.test(file))) skipped.add(file);
  return matches.filter((file) => YAML_FILE.test(file));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return IGNORED_DIRS.has(entry.name) || entry.name.startsWith('.') ? [] : walk(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Paths as the officer typed them: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}
