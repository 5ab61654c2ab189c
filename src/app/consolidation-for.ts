import type { Consolidation } from './consolidation.js';
import { UsageError } from '../diagnostics/usage-error.js';
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
      : (await (await import('./merge-campaign.js')).mergeCampaign(paths, previous, settings)).consolidation;
  // Only a plan and a registry: an empty workbook or report would look like a result; say there is nothing yet.
  if (consolidation.sources.every((source) => source.state === 'reference'))
    throw new UsageError('no-submissions', given.join(', '));
  return consolidation;
}
