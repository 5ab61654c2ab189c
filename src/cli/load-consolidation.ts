import { resolve } from 'node:path';
import type { Consolidation } from '../core/consolidation.js';
import type { ValidateSettings } from '../app/validate-files.js';
import type { Io } from './io.js';

/**
 * The dataset a render command works on: a previous merge (`tong-hop.json`) as is, or the given inbox (and any
 * previous merges) merged now, nothing written. The same for every command that reads "tệp .json hoặc hộp thư".
 */
export async function loadConsolidation(
  paths: readonly string[],
  io: Io,
  settings: ValidateSettings,
): Promise<Consolidation> {
  const [{ consolidationFor }, { readConsolidation }] = await Promise.all([
    import('../app/consolidation-for.js'),
    import('../io/read-consolidation.js'),
  ]);
  const isPrevious = (path: string) => path.toLowerCase().endsWith('.json');
  const previous = paths.filter(isPrevious).map((path) => readConsolidation(resolve(io.cwd, path)));
  return consolidationFor(
    paths.filter((p) => !isPrevious(p)),
    previous,
    settings,
    paths,
  );
}
