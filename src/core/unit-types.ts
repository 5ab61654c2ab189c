import type { Plan, UnitCategory } from './plan.js';
import { closestMatch } from './similarity.js';

/** One `loai_don_vi` the plan knows, with the category (nhom_don_vi) that claims it and so sets its quota. */
export interface UnitTypeChoice {
  type: string;
  category: UnitCategory;
}

/**
 * The unit types a registry entry can take under this plan, in plan order. A type listed by two categories belongs
 * to the first, as in `categoryOf`. Categories that admit units only by code or code prefix offer no type.
 */
export function unitTypeChoices(plan: Plan): UnitTypeChoice[] {
  const choices: UnitTypeChoice[] = [];
  for (const category of plan.categories)
    for (const type of category.unitTypes)
      if (!choices.some((choice) => choice.type === type)) choices.push({ type, category });
  return choices;
}

/** `--unit-type`: a unit type, or a category id when that category has exactly one type; otherwise undefined. */
export function findUnitType(choices: readonly UnitTypeChoice[], given: string): UnitTypeChoice | undefined {
  const key = given.trim().toLowerCase();
  const byType = choices.find((choice) => choice.type === key);
  if (byType) return byType;
  const ofCategory = choices.filter((choice) => choice.category.id === key);
  return ofCategory.length === 1 ? ofCategory[0] : undefined;
}

/**
 * A preset id for a plan typed in part or with a typo ("vinh-long" → "vinh-long-2025"): the first id starting with
 * it, else the closest within a few edits; undefined when nothing is near.
 */
export function nearestPlanId(ids: readonly string[], given: string): string | undefined {
  const key = given.trim().toLowerCase();
  if (key === '') return undefined;
  return ids.find((id) => id.startsWith(key)) ?? ids.find((id) => id.includes(key)) ?? closestMatch(key, ids);
}

/**
 * An all-digit unit code padded with leading zeros to the registry's width (`do_dai_ma_don_vi`): "13" → "013" for
 * 3 digits. Codes with letters or dots, codes already long enough, and plans without a width are kept as typed.
 */
export function padUnitCode(code: string, digits: number | undefined): string {
  const trimmed = code.trim();
  return digits !== undefined && /^\d+$/.test(trimmed) ? trimmed.padStart(digits, '0') : trimmed;
}
