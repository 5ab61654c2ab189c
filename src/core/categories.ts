import type { Plan, UnitCategory } from './plan.js';
import type { Unit } from './types.js';

/** The first category, in plan order, that claims the unit: plans list the narrower groups first. */
export function categoryOf(unit: Unit, plan: Plan): UnitCategory | undefined {
  return plan.categories.find(
    (category) =>
      category.unitCodes.includes(unit.code) ||
      category.codePrefixes.some((prefix) => unit.code.startsWith(prefix)) ||
      category.unitTypes.includes(unit.type),
  );
}

/** Units the plan expects submissions from, with their category, in registry order. */
export function expectedUnits(units: readonly Unit[], plan: Plan): { unit: Unit; category: UnitCategory }[] {
  return units.flatMap((unit) => {
    const category = categoryOf(unit, plan);
    return category ? [{ unit, category }] : [];
  });
}
