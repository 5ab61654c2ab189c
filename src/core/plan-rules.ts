import type { Finding } from '../messages/catalog.js';
import type { Plan } from './plan.js';

// Since 01/7/2025 local government has two levels; an older plan (Vĩnh Long, April 2025) may still name districts.
const TWO_LEVEL_GOVERNMENT_FROM = '2025-07-01';
const DISTRICT_TYPES = ['ubnd-huyen'];

/** Rules about the plan file itself. */
export function checkPlan(plan: Plan): Finding[] {
  if (plan.issuedOn === undefined || plan.issuedOn < TWO_LEVEL_GOVERNMENT_FROM) return [];
  return plan.categories
    .filter((category) => category.unitTypes.some((type) => DISTRICT_TYPES.includes(type)))
    .map((category) => ({
      ruleId: 'plan/district-after-reform' as const,
      params: { category: category.name },
      at: { file: plan.file, pointer: `${category.ref.pointer}/loai_don_vi` },
    }));
}
