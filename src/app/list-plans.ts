import { join } from 'node:path';
import type { Plan } from '../core/plan.js';
import { listPresetIds, PRESETS_DIR } from '../io/presets.js';
import { loadPlanFile } from './load-plan.js';

/** The shipped presets, each read and checked like any plan file. */
export async function listPresetPlans(cwd: string): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const id of await listPresetIds()) {
    const { plan } = await loadPlanFile(join(PRESETS_DIR, `${id}.yaml`), cwd);
    if (plan) plans.push(plan);
  }
  return plans;
}
