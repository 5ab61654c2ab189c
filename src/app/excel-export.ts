import type { ConsolidatedReportTemplate } from '../render/consolidated-report-model.js';
import { buildWorkbookModel } from '../render/workbook-model.js';
import type { SignatureOptions } from '../render/workbook-model.js';
import { renderWorkbookXlsx } from '../render/xlsx.js';
import type { Consolidation } from './consolidation.js';
import { readShippedTemplate } from './dossier-templates.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { mergeCampaign } from './merge-campaign.js';
import type { ValidateSettings } from './validate-files.js';

/**
 * The consolidated dataset from a previous merge file, or from merging the given inbox now (nothing written).
 * Throws UsageError 'no-submissions' (naming `given`, the paths as typed) when there is no unit's submission at all.
 */
export async function consolidationFor(
  paths: readonly string[],
  previous: readonly Consolidation[],
  settings: ValidateSettings,
  given: readonly string[] = paths,
): Promise<Consolidation> {
  const consolidation =
    paths.length === 0 && previous.length === 1
      ? (previous[0] as Consolidation)
      : (await mergeCampaign(paths, previous, settings)).consolidation;
  // Only a plan and a registry: an empty workbook or report would look like a result; say there is nothing yet.
  if (consolidation.sources.every((source) => source.state === 'reference'))
    throw new UsageError('no-submissions', given.join(', '));
  return consolidation;
}

/**
 * The print-ready summary workbook; the signature names come from the command's options, the review outcomes' names
 * from the consolidated report's template, so both documents name them alike.
 */
export async function renderExcel(consolidation: Consolidation, signatures: SignatureOptions = {}): Promise<Buffer> {
  const { ra_soat } = await readShippedTemplate<ConsolidatedReportTemplate>('bao-cao-tong-hop');
  return renderWorkbookXlsx(buildWorkbookModel(consolidation, ra_soat, signatures));
}
