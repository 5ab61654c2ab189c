import { compareDiagnostics, countTotals } from '../diagnostics/diagnostic.js';
import { discoverInputs, displayPath } from '../io/discover.js';
import type { LoadedYaml } from '../io/load-yaml.js';
import { readFileBounded } from '../io/read-file.js';
import { readSchema } from '../io/load-schemas.js';
import type { Finding, Lang } from '../messages/catalog.js';
import type { RunReport } from '../report/formatter.js';
import { loadSchemaRegistry } from '../schema/registry.js';
import { checkFileBytes } from './check-file.js';
import type { CheckedFile } from './check-file.js';
import { checkAcrossFiles } from './cross-file.js';
import type { CrossFileOptions } from './cross-file.js';
import { resolvePlanPath } from '../io/presets.js';
import type { IsoDate } from '../core/dates.js';
import type { Plan } from '../core/plan.js';
import { locateFindings } from './locate-findings.js';
import { UsageError } from './usage-error.js';

export interface ValidateSettings {
  cwd: string;
  lang: Lang;
  today: IsoDate;
  /** A plan file path, or the id of a shipped preset (templates/plans/<id>.yaml). */
  plan?: string;
  /** Files larger than this many bytes are refused unread. */
  maxFileSize: number;
}

export interface ValidationRun {
  report: RunReport;
  sources: ReadonlyMap<string, LoadedYaml>;
  checked: readonly CheckedFile[];
  plan?: Plan;
}

const READ_BATCH = 32;

export async function validatePaths(paths: readonly string[], settings: ValidateSettings): Promise<ValidationRun> {
  const planPath = settings.plan === undefined ? undefined : await resolvePlanPath(settings.plan, settings.cwd);
  const discovery = await discoverInputs(planPath ? [...paths, planPath] : paths, settings.cwd);
  if (discovery.missing.length > 0) throw new UsageError('path-not-found', discovery.missing.join(', '));
  if (discovery.files.length === 0) throw new UsageError('no-yaml', paths.join(', '));
  const schemas = await loadSchemaRegistry(readSchema);
  const checked: CheckedFile[] = [];
  for (let i = 0; i < discovery.files.length; i += READ_BATCH) {
    const batch = discovery.files.slice(i, i + READ_BATCH);
    const outcomes = await Promise.all(batch.map((file) => readFileBounded(file, settings.maxFileSize)));
    outcomes.forEach((outcome, k) => {
      const file = displayPath(batch[k] as string, settings.cwd);
      if (outcome.ok) checked.push(checkFileBytes(file, outcome.bytes, schemas));
      else checked.push({ file, findings: [readFailure(file, outcome, settings.maxFileSize)], schemaValid: false });
    });
  }
  const skipped = discovery.skipped.map((file) => displayPath(file, settings.cwd));
  const planFile = planPath === undefined ? undefined : displayPath(planPath, settings.cwd);
  return assembleRun(checked, skipped, settings.lang, { today: settings.today, ...(planFile ? { planFile } : {}) });
}

/** Cross-file rules, location and sorting: shared by the CLI and the in-memory fuzz tests. */
export function assembleRun(
  checked: readonly CheckedFile[],
  skipped: readonly string[],
  lang: Lang,
  options: CrossFileOptions,
): ValidationRun {
  const cross = checkAcrossFiles(checked, options);
  const sources = new Map<string, LoadedYaml>();
  for (const file of checked) if (file.yaml) sources.set(file.file, file.yaml);
  const findings = [...checked.flatMap((file) => file.findings), ...cross.findings];
  const diagnostics = locateFindings(findings, sources, lang).sort(compareDiagnostics);
  const hasSubmissions = checked.some((file) => file.header !== undefined);
  const hasRegistryFile = checked.some((file) => file.kind === 'danh-muc-don-vi');
  return {
    report: {
      diagnostics,
      totals: countTotals(diagnostics),
      files: checked.map((file) => file.file).sort(),
      skipped,
      unitRegistryMissing: hasSubmissions && !hasRegistryFile,
    },
    sources,
    checked,
    ...(cross.plan ? { plan: cross.plan } : {}),
  };
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
