import { outputPathIn, safeFileStem } from '../io/output-path.js';
import { readSchema } from '../io/load-schemas.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { narrowSchemasForPlan } from '../schema/narrow.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { validatePaths } from './validate-files.js';
import type { ValidateSettings, ValidationRun } from './validate-files.js';

export interface PlanSchemasResult {
  /** The validation of the plan (and registry); nothing is written when it has errors. */
  validation: ValidationRun;
  written: string[];
}

/** Writes dang-ky.<plan>.schema.json and bao-cao.<plan>.schema.json, narrowed by the plan and the registry. */
export async function writePlanSchemas(
  registryPaths: readonly string[],
  outDir: string,
  force: boolean,
  settings: ValidateSettings & { plan: string },
): Promise<PlanSchemasResult> {
  const validation = await validatePaths(registryPaths, settings);
  if (validation.report.totals.errors > 0) return { validation, written: [] };
  const plan = validation.plan;
  if (!plan) throw new UsageError('no-plan', 'schema');
  const units = validation.checked.flatMap((file) => file.registry?.units ?? []);
  const narrowed = narrowSchemasForPlan(
    { registration: readSchema('dang-ky'), report: readSchema('bao-cao') },
    plan,
    units,
  );
  const targets: [string, object][] = [
    [outputPathIn(outDir, `dang-ky.${safeFileStem(plan.id)}.schema.json`), narrowed.registration],
    [outputPathIn(outDir, `bao-cao.${safeFileStem(plan.id)}.schema.json`), narrowed.report],
  ];
  for (const [path, schema] of targets) await writeOutputAtomic(path, JSON.stringify(schema, null, 2) + '\n', force);
  return { validation, written: targets.map(([path]) => path) };
}
