import { expectedUnits } from '../core/categories.js';
import type { SubmissionKind } from '../core/kinds.js';
import { buildFormModel } from '../form/form-model.js';
import { readSchema } from '../io/load-schemas.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { kindLabel } from '../messages/kind-labels.js';
import { renderFormXlsx } from '../render/form-xlsx.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { validatePaths } from './validate-files.js';
import type { ValidateSettings, ValidationRun } from './validate-files.js';

/** The kinds a unit sends, by their `loai` and by the English names the issue and docs use. */
export const FORM_KINDS: Record<string, SubmissionKind> = {
  'dang-ky': 'dang-ky',
  registration: 'dang-ky',
  'bao-cao': 'bao-cao',
  report: 'bao-cao',
  'cham-diem': 'cham-diem',
  'score-sheet': 'cham-diem',
  'bien-ban': 'bien-ban',
  meeting: 'bien-ban',
  'de-nghi-khen-thuong': 'de-nghi-khen-thuong',
  'award-proposal': 'de-nghi-khen-thuong',
};

/**
 * Writes the .xlsx intake form of one plan and kind. The plan (and the registry, when given, for the unit-code list)
 * are validated first; nothing is written when they have errors.
 */
export async function makeForm(
  registryPaths: readonly string[],
  kind: SubmissionKind,
  outPath: string,
  force: boolean,
  settings: ValidateSettings & { plan: string },
  unitCode?: string,
): Promise<{ validation: ValidationRun; written?: string }> {
  const validation = await validatePaths(registryPaths, settings);
  if (validation.report.totals.errors > 0) return { validation };
  const plan = validation.plan;
  if (!plan) throw new UsageError('no-plan', 'form');
  const registry = validation.checked.flatMap((file) => file.registry?.units ?? []);
  const expected = expectedUnits(registry, plan);
  const units = expected.map(({ unit }) => ({ id: unit.code, name: `${unit.code} - ${unit.name}` }));
  const own = unitCode === undefined ? undefined : expected.find(({ unit }) => unit.code === unitCode);
  if (unitCode !== undefined && !own) throw new UsageError('bad-option', `--unit ${unitCode}`);
  const rubric = validation.checked.find((file) => file.rubric && file.rubric.id === plan.rubricId)?.rubric;
  const label = kindLabel(kind, 'vi');
  const model = buildFormModel({
    kind,
    kindTitle: label.charAt(0).toLocaleUpperCase('vi') + label.slice(1),
    schema: readSchema(kind),
    plan,
    units,
    ...(rubric ? { rubric } : {}),
    ...(own ? { unit: { code: own.unit.code, name: own.unit.name, categoryId: own.category.id } } : {}),
  });
  await writeOutputAtomic(outPath, await renderFormXlsx(model), force);
  return { validation, written: outPath };
}
