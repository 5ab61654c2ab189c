import { buildStatus } from '../core/status.js';
import type { CampaignStatus } from '../core/status.js';
import { indexUnits } from '../core/units.js';
import type { RunReport } from '../report/formatter.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { validatePaths } from './validate-files.js';
import type { ValidateSettings } from './validate-files.js';

export interface StatusRun {
  status: CampaignStatus;
  planId: string;
  /** The validation of the same files, so the officer knows whether the counts rest on clean files. */
  validation: RunReport;
}

/** Where each expected unit stands against the plan's quotas and deadlines, as of `today`. */
export async function campaignStatus(paths: readonly string[], settings: ValidateSettings): Promise<StatusRun> {
  const run = await validatePaths(paths, settings);
  if (!run.plan) throw new UsageError('no-plan', 'status');
  const registries = run.checked.flatMap((file) => (file.registry ? [file.registry] : []));
  if (registries.length === 0) throw new UsageError('no-registry', 'status');
  const headers = run.checked.flatMap((file) => (file.header ? [file.header] : []));
  const withSamples = new Set(
    run.checked
      .filter((file) => file.findings.some((finding) => finding.ruleId === 'text/placeholder'))
      .map((file) => file.file),
  );
  // Lateness and quotas have their own cells; any other error keeps the file out of danvan merge too, and "ổn" must
  // not hide it.
  const shownInCells = (ruleId: string) => ruleId === 'deadline/late' || ruleId.startsWith('quota/');
  const withErrors = new Set(
    run.report.diagnostics.filter((d) => d.severity === 'error' && !shownInCells(d.ruleId)).map((d) => d.file),
  );
  return {
    status: buildStatus(run.plan, indexUnits(registries), headers, settings.today, withSamples, withErrors),
    planId: run.plan.id,
    validation: run.report,
  };
}
