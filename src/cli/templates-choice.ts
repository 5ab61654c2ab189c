import { dirname, resolve } from 'node:path';
import type { Consolidation } from '../app/consolidation.js';
import type { Lang } from '../messages/catalog.js';
import type { Io } from './io.js';

/**
 * The campaign's templates folder for a dossier, report or excel run (campaignTemplatesDir, from the dataset `paths`
 * as typed), and what the officer is told of it: one line naming the folder when the campaign has its own wording,
 * a warning (dossier/plan-folder-gone, at the first dataset file) when the plan's folder has been renamed or moved
 * so none can be found. Throws the UsageErrors of campaignTemplatesDir for a wrong `--templates`.
 */
export async function chooseTemplates(
  io: Io,
  lang: Lang,
  c: Consolidation,
  explicit: string | undefined,
  paths: readonly string[],
): Promise<string | undefined> {
  const [{ campaignTemplatesDir, missingPlanFile }, ui] = await Promise.all([
    import('../app/templates-folder.js'),
    import('../messages/ui.js'),
  ]);
  const datasetDirs = paths.map((path) => dirname(resolve(io.cwd, path)));
  const dir = campaignTemplatesDir(c, io.cwd, explicit, datasetDirs);
  if (dir) {
    io.stdout(ui.templatesUsed(dir, lang));
    return dir;
  }
  const plan = missingPlanFile(c, io.cwd, datasetDirs);
  if (plan && paths[0] !== undefined)
    io.stderr(
      ui.findingLine(
        { ruleId: 'dossier/plan-folder-gone', params: { plan }, at: { file: resolve(io.cwd, paths[0]), pointer: '' } },
        lang,
      ),
    );
  return undefined;
}
