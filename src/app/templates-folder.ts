import { dirname, join, resolve, sep } from 'node:path';
import type { Consolidation } from '../core/consolidation.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { CAMPAIGN_TEMPLATES_FOLDER, lstatOrUndefined, statOrUndefined } from '../io/discover.js';
import { firstExisting } from '../io/write-output.js';
import { packageRoot } from '../paths.js';
import { TEMPLATE_NAMES } from './dossier-templates.js';

// Where a campaign's own wording is: mau-van-ban/ beside its plan (or its files), or the folder --templates names.

/**
 * The campaign's templates folder: `explicit` when given (UsageError when it does not exist, is a file, or is the
 * campaign's folder itself: no template in it but a mau-van-ban/ inside, 'templates-folder-is-campaign'), otherwise
 * mau-van-ban/ beside the plan file the dataset was merged from, or, with a shipped plan, in the folder the units'
 * files share (or the one above it), when there is one. The dataset names its files as merge was given them, relative
 * to where merge ran: they are looked for from `cwd`, then from each of `datasetDirs` (the folders of the dataset
 * files read), so a dossier run from another folder finds the same templates.
 */
export function campaignTemplatesDir(
  c: Consolidation,
  cwd: string,
  explicit?: string,
  datasetDirs: readonly string[] = [],
): string | undefined {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    const stat = statOrUndefined(dir);
    if (!stat || explicit.trim() === '') throw new UsageError('path-not-found', dir);
    if (!stat.isDirectory()) throw new UsageError('templates-not-folder', dir);
    const inside = join(dir, CAMPAIGN_TEMPLATES_FOLDER);
    const hasTemplate = TEMPLATE_NAMES.some((name) => lstatOrUndefined(join(dir, `${name}.yaml`)));
    if (!hasTemplate && statOrUndefined(inside)?.isDirectory())
      throw new UsageError('templates-folder-is-campaign', inside);
    // An empty folder, or the wrong one (de-nghi/): the shipped wording would go in under the campaign's name.
    if (!hasTemplate) throw new UsageError('templates-folder-empty', dir);
    return dir;
  }
  for (const base of [cwd, ...datasetDirs]) {
    const found = templatesFrom(c, base);
    if (found) return found;
  }
  return undefined;
}

/**
 * A file the dataset was merged from, as merge recorded it (the plan file, or with a shipped plan the first unit file),
 * when none of the campaign's own files is found from `cwd` or `datasetDirs`: the campaign folder was renamed or moved
 * since, so its mau-van-ban/, if any, cannot be found (a warning, dossier/plan-folder-gone, says so instead of the
 * shipped wording going in unsaid).
 */
export function missingPlanFile(
  c: Consolidation,
  cwd: string,
  datasetDirs: readonly string[] = [],
): string | undefined {
  const shipped = join(packageRoot, 'templates') + sep;
  const files = c.sources
    .filter((s) => s.kind === 'ke-hoach' || s.unit !== undefined)
    .map((s) => s.file)
    .filter((file) => !resolve(cwd, file).startsWith(shipped));
  const named = c.sources.find((s) => s.kind === 'ke-hoach' && files.includes(s.file))?.file ?? files[0];
  if (!named) return undefined;
  const found = (file: string) => [cwd, ...datasetDirs].some((base) => firstExisting([resolve(base, file)]));
  return files.some(found) ? undefined : named;
}

// Only files that are there from `base` count: from the wrong folder, the dataset's relative paths lead nowhere.
function templatesFrom(c: Consolidation, base: string): string | undefined {
  const shipped = join(packageRoot, 'templates') + sep;
  const own = (file: string) => !file.startsWith(shipped) && firstExisting([file]) !== undefined;
  const plan = c.sources.map((s) => (s.kind === 'ke-hoach' ? resolve(base, s.file) : '')).find(Boolean);
  const folder = (candidates: string[]) => candidates.find((dir) => statOrUndefined(dir)?.isDirectory());
  if (plan && own(plan)) return folder([join(dirname(plan), CAMPAIGN_TEMPLATES_FOLDER)]);
  // A shipped plan (merge --plan vinh-long-2025): the campaign folder is where the units' files are, the folder they
  // share (or the one above it, when they all sit in one kind's folder such as de-nghi/).
  const files = c.sources.map((s) => resolve(base, s.file)).filter(own);
  const shared = commonFolder(files.map((file) => dirname(file)));
  return shared ? folder([shared, dirname(shared)].map((dir) => join(dir, CAMPAIGN_TEMPLATES_FOLDER))) : undefined;
}

/** The deepest folder that holds every one of `folders` (absolute paths), or undefined for none. */
function commonFolder(folders: readonly string[]): string | undefined {
  const [first, ...rest] = folders.map((folder) => folder.split(sep));
  if (!first) return undefined;
  let length = first.length;
  for (const parts of rest) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same += 1;
    length = same;
  }
  return first.slice(0, length).join(sep) || sep;
}
