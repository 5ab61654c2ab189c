import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { packageRoot } from '../paths.js';

export const PRESETS_DIR = join(packageRoot, 'templates', 'plans');
export const RUBRICS_DIR = join(packageRoot, 'templates', 'rubrics');

/** Ids of the shipped rubrics (templates/rubrics/<id>.yaml). */
export const listRubricIds = (): Promise<string[]> => listYamlIds(RUBRICS_DIR);

/** Ids of the shipped plan presets (templates/plans/<id>.yaml). */
export const listPresetIds = (): Promise<string[]> => listYamlIds(PRESETS_DIR);

async function listYamlIds(dir: string): Promise<string[]> {
  const files = await readdir(dir).catch(() => []);
  return files
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort();
}

/** `--plan` takes a file path or a preset id; a path wins when both exist. */
export async function resolvePlanPath(plan: string, cwd: string): Promise<string> {
  const asPath = resolve(cwd, plan);
  if (
    await stat(asPath).then(
      (info) => info.isFile(),
      () => false,
    )
  )
    return asPath;
  const ids = await listPresetIds();
  if (ids.includes(plan)) return join(PRESETS_DIR, `${plan}.yaml`);
  throw new UsageError('plan-not-found', `${plan} (${ids.join(', ')})`);
}
