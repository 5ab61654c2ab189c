import { basename, join } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { writeOutputAtomic } from '../io/write-output.js';
import type { Finding } from '../messages/catalog.js';
import type { CheckedFile } from './check-file.js';
import { validatePaths } from './validate-files.js';
import type { ValidateSettings, ValidationRun } from './validate-files.js';

export interface ImportRun {
  validation: ValidationRun;
  /** The YAML files written, in the order of the forms. */
  written: string[];
}

/**
 * Filled forms → danvan's YAML files, one per form, after the same checks `validate` runs (problems located at
 * cells). A form that could be read is written even when its content has errors, so nothing typed is lost; a form of
 * another kind than `expectedKind`, or one that cannot be read at all, is not written.
 */
export async function importForms(
  paths: readonly string[],
  outDir: string,
  force: boolean,
  settings: ValidateSettings,
  expectedKind?: string,
): Promise<ImportRun> {
  const wrongKind = (file: CheckedFile) => expectedKind !== undefined && file.cells && file.kind !== expectedKind;
  const validation = await validatePaths(paths, {
    ...settings,
    formText: true,
    moreFindings: (checked): Finding[] =>
      checked.filter(wrongKind).map((file) => ({
        ruleId: 'form/other-kind',
        params: { kind: file.kind ?? '', expected: expectedKind ?? '' },
        at: { file: file.file, pointer: '/loai' },
      })),
  });
  // A folder of YAML files only: nothing to convert, and "0 lỗi" alone would read as success.
  if (!validation.checked.some((file) => /\.xlsx$/i.test(file.file)))
    throw new UsageError('no-forms', paths.join(', '));
  const written: string[] = [];
  const used = new Set<string>();
  for (const file of validation.checked) {
    if (!file.cells || file.text === undefined || wrongKind(file)) continue;
    const stem = basename(file.file).replace(/\.xlsx$/i, '');
    let name = `${stem}.yaml`;
    for (let n = 2; used.has(name); n += 1) name = `${stem}-${n}.yaml`;
    used.add(name);
    const path = join(outDir, name);
    await writeOutputAtomic(path, file.text, force);
    written.push(path);
  }
  return { validation, written };
}
