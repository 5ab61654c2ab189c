import { readdir, readFile, stat } from 'node:fs/promises';
import { lstatSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join, parse, relative, resolve, sep } from 'node:path';
import { globBase, globToRegExp, hasGlob, slashPattern } from './glob.js';

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

async function expandPath(typed: string, skipped: Set<string>): Promise<string[] | undefined> {
  const path = await findOnDisk(typed);
  const info = path === undefined ? undefined : await stat(path).catch(() => undefined);
  if (!path || !info) return undefined;
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
  const normalized = slashPattern(pattern, sep);
  const base = await findOnDisk(resolve(cwd, globBase(normalized)));
  const matcher = globToRegExp(slashPattern(resolve(cwd, normalized), sep), CASE_INSENSITIVE_FS);
  const info = base === undefined ? undefined : await stat(base).catch(() => undefined);
  if (!base || !info?.isDirectory()) return [];
  const matches = (await walk(base)).filter((file) => matcher.test(slashPattern(file, sep).normalize('NFC')));
  // A glob like "inbox/*" also meets Word files; they are skipped like in a directory walk.
  for (const file of matches.filter((file) => !YAML_FILE.test(file))) skipped.add(file);
  return matches.filter((file) => YAML_FILE.test(file));
}

const sameName = (a: string, b: string): boolean =>
  CASE_INSENSITIVE_FS
    ? a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase()
    : a.normalize('NFC') === b.normalize('NFC');

/**
 * The path as stored on disk, for one typed up to Unicode normalisation: Linux and NTFS compare names byte for byte,
 * so "hộp-thư" typed composed (NFC, as shells and keyboards give it) misses a folder copied from a Mac, whose names
 * are decomposed (NFD). Each missing segment is looked up among its folder's entries by its NFC form (and by case
 * where the file system ignores case). Undefined when nothing matches.
 */
export async function findOnDisk(path: string): Promise<string | undefined> {
  const { stored, missing } = await spellAsStored(path);
  return missing.length === 0 ? stored : undefined;
}

/**
 * An output path with its existing parts spelled as stored on disk (as findOnDisk matches them), and the parts that
 * do not exist yet kept as typed: `--out "hộp-thư/tổng-hợp.json"` typed NFC writes into the NFD folder copied from a
 * Mac instead of creating a second folder that looks the same.
 */
export async function outputPathAsStored(path: string): Promise<string> {
  const { stored, missing } = await spellAsStored(path);
  return missing.length === 0 ? stored : join(stored, ...missing);
}

/** A path's stat, or undefined when it cannot be read (missing, or a file where a folder should be). Synchronous. */
export const statOrUndefined = (path: string): Stats | undefined => {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
};

/**
 * The files of a folder and of its folders one level down, as paths relative to it ("to-trinh.yml", "sua/to-trinh.yaml"),
 * sorted; links count as files. None when it cannot be read.
 */
export async function folderFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      if (entry.isFile() || entry.isSymbolicLink()) return [entry.name];
      if (!entry.isDirectory()) return [];
      const inner = await readdir(join(dir, entry.name), { withFileTypes: true }).catch(() => []);
      return inner.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => join(entry.name, e.name));
    }),
  );
  return nested.flat().sort();
}

// A plan file says so in its first lines (ke-hoach.yaml: "loai: ke-hoach").
const PLAN_KIND = /^loai:\s*["']?ke-hoach["']?\s*(#.*)?$/m;

/** Whether a folder holds, right in it, a YAML file that is a plan (`loai: ke-hoach`). False when it cannot be read. */
export async function holdsPlanFile(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || !/\.ya?ml$/i.test(entry.name)) continue;
    const text = await readFile(join(dir, entry.name), 'utf8').catch(() => '');
    if (PLAN_KIND.test(text)) return true;
  }
  return false;
}

/** A path's own lstat (a link itself, even broken), or undefined when there is nothing at the path. Synchronous. */
export const lstatOrUndefined = (path: string): Stats | undefined => {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
};

async function spellAsStored(path: string): Promise<{ stored: string; missing: string[] }> {
  // Synchronous: called for every file a dossier writes (see write-output.ts).
  const exists = (candidate: string) => statOrUndefined(candidate) !== undefined;
  if (exists(path)) return { stored: path, missing: [] };
  const { root } = parse(path);
  const segments = path.slice(root.length).split(sep).filter(Boolean);
  let current = root;
  for (const [index, segment] of segments.entries()) {
    const exact = join(current, segment);
    if (exists(exact)) {
      current = exact;
      continue;
    }
    // Only a name with letters that compose or decompose can be stored under another spelling (the file system
    // itself already ignores case where it does): "001-to-trinh.pdf" is not looked for among a folder of thousands
    // (issue 11: 500 units' files made the output folder's listing a tenth of a dossier run).
    if (segment.normalize('NFD') === segment.normalize('NFC'))
      return { stored: current, missing: segments.slice(index) };
    const entries: string[] = await readdir(current).catch(() => []);
    const stored = entries.find((entry) => sameName(entry, segment));
    if (stored === undefined) return { stored: current, missing: segments.slice(index) };
    current = join(current, stored);
  }
  return { stored: current, missing: [] };
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
