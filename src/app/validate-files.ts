import { compareDiagnostics, countTotals } from '../diagnostics/diagnostic.js';
import { discoverInputs, displayPath } from '../io/discover.js';
import type { LoadedYaml } from '../io/load-yaml.js';
import { parseYamlText } from '../io/load-yaml.js';
import type { NodeRef, Span } from '../diagnostics/types.js';
import { readFileBounded } from '../io/read-file.js';
import type { ReadOutcome } from '../io/read-file.js';
import { join } from 'node:path';
import { listRubricIds, RUBRICS_DIR } from '../io/presets.js';
import { readSchema } from '../io/load-schemas.js';
import type { Finding, Lang, RuleId } from '../messages/catalog.js';
import type { RunReport } from '../report/formatter.js';
import { loadSchemaRegistry } from '../schema/registry.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { checkFileBytes } from './check-file.js';
import { looksLikeWorkbook } from '../io/workbook-magic.js';
import type { CheckedFile } from './check-file.js';
import { checkAcrossFiles } from './cross-file.js';
import type { CrossFileOptions } from './cross-file.js';
import { resolvePlanPath } from '../io/presets.js';
import type { IsoDate } from '../core/dates.js';
import type { Plan } from '../core/plan.js';
import { locateFindings } from './locate-findings.js';
import { UsageError } from '../diagnostics/usage-error.js';

export interface ValidateSettings {
  cwd: string;
  lang: Lang;
  today: IsoDate;
  /** A plan file path, or the id of a shipped preset (templates/plans/<id>.yaml). */
  plan?: string;
  /** Files given as text (a previous merge's embedded sources): checked like files on disk. */
  extraSources?: readonly { file: string; bytes: Uint8Array }[];
  /** Extract records with their lines (merge). */
  withRecords?: boolean;
  /** Keep the YAML text of Excel forms (import writes it; merge keeps it with its records in any case). */
  formText?: boolean;
  /** More cross-file findings (merge), located and sorted with the rest. */
  moreFindings?: (checked: readonly CheckedFile[], plan: Plan | undefined) => Finding[];
  onProgress?: (done: number, total: number) => void;
  /** Rules the caller settles itself (merge settles duplicate submissions, and flags re-registered models from the files that count). */
  skipRules?: readonly RuleId[];
  /** Files larger than this many bytes are refused unread. */
  maxFileSize: number;
}

export interface ValidationRun {
  report: RunReport;
  /** NFC text of each checked file, for code frames. */
  texts: ReadonlyMap<string, string>;
  checked: readonly CheckedFile[];
  plan?: Plan;
}

export async function validatePaths(paths: readonly string[], settings: ValidateSettings): Promise<ValidationRun> {
  const planPath = settings.plan === undefined ? undefined : await resolvePlanPath(settings.plan, settings.cwd);
  const discovery = await discoverInputs(planPath ? [...paths, planPath] : paths, settings.cwd);
  if (discovery.missing.length > 0) throw new UsageError('path-not-found', discovery.missing.join(', '));
  const schemas = await loadSchemaRegistry(readSchema);
  const checked: CheckedFile[] = [];
  if (discovery.files.length === 0 && !settings.extraSources?.length) throw new UsageError('no-yaml', paths.join(', '));
  const total = discovery.files.length + (settings.extraSources?.length ?? 0);
  for (const path of discovery.files) {
    const result = checkPath(path, settings, schemas);
    checked.push(result instanceof Promise ? await result : result); // only Excel forms are read asynchronously
    settings.onProgress?.(checked.length, total);
  }
  for (const source of settings.extraSources ?? []) {
    checked.push(checkFileBytes(source.file, source.bytes, schemas, settings.withRecords));
    settings.onProgress?.(checked.length, total);
  }
  const shippedRubrics = await listRubricIds();
  for (const path of rubricsToLoad(checked, shippedRubrics)) checked.push(await checkPath(path, settings, schemas));
  const skipped = discovery.skipped.map((file) => displayPath(file, settings.cwd));
  const planFile = planPath === undefined ? undefined : displayPath(planPath, settings.cwd);
  return assembleRun(uniqueSources(checked), skipped, settings.lang, {
    ...(settings.moreFindings ? { moreFindings: settings.moreFindings } : {}),
    ...(settings.skipRules ? { skipRules: settings.skipRules } : {}),
    today: settings.today,
    shippedRubrics,
    ...(planFile ? { planFile } : {}),
  });
}

/** Cross-file rules, location and sorting: shared by the CLI and the in-memory fuzz tests. */
export function assembleRun(
  checked: readonly CheckedFile[],
  skipped: readonly string[],
  lang: Lang,
  options: CrossFileOptions,
): ValidationRun {
  const cross = checkAcrossFiles(checked, options);
  // concat, not push(...): a national inbox can yield more findings than a call's argument limit.
  const more = options.moreFindings ? options.moreFindings(checked, cross.plan) : [];
  const texts = new Map<string, string>();
  for (const file of checked) if (file.text !== undefined) texts.set(file.file, file.text);
  const cells = new Map(checked.flatMap((file) => (file.cells ? [[file.file, file.cells] as const] : [])));
  const skip = new Set(options.skipRules ?? []);
  // The caller's own findings (moreFindings) are kept: it may settle a rule its own way.
  const findings = checked
    .flatMap((file) => file.findings)
    .concat(cross.findings)
    .filter((f) => !skip.has(f.ruleId))
    .concat(more);
  const diagnostics = locateFindings(findings, lazyLocator(texts, cells), lang).sort(compareDiagnostics);
  const hasSubmissions = checked.some((file) => file.header !== undefined);
  const hasRegistryFile = checked.some((file) => file.kind === 'danh-muc-don-vi');
  const named = [...new Set(checked.flatMap((file) => (file.header?.planId ? [file.header.planId] : [])))].sort();
  return {
    report: {
      diagnostics,
      totals: countTotals(diagnostics),
      files: checked.map((file) => file.file).sort(),
      skipped,
      unitRegistryMissing: hasSubmissions && !hasRegistryFile,
      ...(hasSubmissions && !cross.plan ? { planNotApplied: named } : {}),
    },
    texts,
    checked,
    ...(cross.plan ? { plan: cross.plan } : {}),
  };
}

// Cross-file findings point into files whose documents were dropped; re-parse only those files, once.
function lazyLocator(
  texts: ReadonlyMap<string, string>,
  cells: ReadonlyMap<string, (pointer: string) => Span>,
): (ref: NodeRef, onKey: boolean) => Span | undefined {
  const parsed = new Map<string, LoadedYaml>();
  return (ref, onKey) => {
    const cell = cells.get(ref.file);
    if (cell) return cell(ref.pointer);
    const text = texts.get(ref.file);
    if (text === undefined) return undefined;
    let yaml = parsed.get(ref.file);
    if (!yaml) {
      yaml = parseYamlText(ref.file, text);
      parsed.set(ref.file, yaml);
    }
    return yaml.locate(ref.pointer, onKey);
  };
}

// The same file met twice (on disk and inside a previous merge) counts once; a changed file is a new version.
function uniqueSources(checked: readonly CheckedFile[]): CheckedFile[] {
  const seen = new Set<string>();
  return checked.filter((file) => {
    if (file.text === undefined) return true;
    const key = `${file.file}\u0000${file.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkOutcome(
  path: string,
  outcome: ReadOutcome,
  settings: ValidateSettings,
  schemas: SchemaRegistry,
): CheckedFile | Promise<CheckedFile> {
  const file = displayPath(path, settings.cwd);
  // Only a file named .xlsx/.xls is read as a form: a Word or Excel file renamed .yaml stays `encoding/binary`.
  if (outcome.ok && /\.xlsx?$/i.test(file) && looksLikeWorkbook(outcome.bytes))
    return import('./check-form.js').then(({ checkFormBytes }) =>
      checkFormBytes(
        file,
        outcome.bytes,
        schemas,
        settings.withRecords ?? false,
        settings.formText ?? settings.withRecords ?? false,
      ),
    );
  if (outcome.ok) return checkFileBytes(file, outcome.bytes, schemas, settings.withRecords);
  return { file, findings: [readFailure(file, outcome, settings.maxFileSize)], schemaValid: false };
}

function checkPath(
  path: string,
  settings: ValidateSettings,
  schemas: SchemaRegistry,
): CheckedFile | Promise<CheckedFile> {
  return checkOutcome(path, readFileBounded(path, settings.maxFileSize), settings, schemas);
}

/** Shipped rubrics that a plan or a score sheet names but the inputs do not include. */
function rubricsToLoad(checked: readonly CheckedFile[], shipped: readonly string[]): string[] {
  const present = new Set(checked.flatMap((file) => (file.rubric ? [file.rubric.id] : [])));
  const wanted = new Set(
    checked.flatMap((file) =>
      [file.plan?.rubricId, file.scoreSheet?.rubricId].filter((id): id is string => id !== undefined),
    ),
  );
  return [...wanted]
    .filter((id) => !present.has(id) && shipped.includes(id))
    .map((id) => join(RUBRICS_DIR, `${id}.yaml`));
}

function readFailure(
  file: string,
  outcome: { reason: 'too-large'; size: number } | { reason: 'unreadable'; message: string },
  limit: number,
): Finding {
  const at = { file, pointer: '' };
  if (outcome.reason === 'too-large') {
    return { ruleId: 'file/too-large', params: { size: formatBytes(outcome.size), limit: formatBytes(limit) }, at };
  }
  return { ruleId: 'file/unreadable', params: { reason: outcome.message }, at };
}

// One decimal, so a file just over the limit never reads as equal to it ("2.0 KB" vs "2.1 KB").
const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
