import type { Formatter } from './formatter.js';

/** Versioned, so scripts that read it can rely on the shape; bump `version` on any breaking change. */
export const formatJson: Formatter = (report) =>
  JSON.stringify(
    {
      version: 1,
      totals: report.totals,
      files: report.files,
      skipped: report.skipped,
      unitRegistryMissing: report.unitRegistryMissing,
      ...(report.planNotApplied ? { planNotApplied: report.planNotApplied } : {}),
      diagnostics: report.diagnostics,
    },
    null,
    2,
  ) + '\n';
