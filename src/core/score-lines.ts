import { parsePoints } from './points.js';
import type { Points } from './points.js';
import type { Rubric, RubricItem, RubricLeaf } from './rubric.js';

/** What a score sheet line's criterion id names in the rubric. */
export type Entry = { kind: 'leaf'; item: RubricLeaf } | { kind: 'bonus' | 'deduction'; item: RubricItem };

export function entriesOf(rubric: Rubric): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const item of rubric.leaves) entries.set(item.id, { kind: 'leaf', item });
  for (const item of rubric.bonuses) entries.set(item.id, { kind: 'bonus', item });
  for (const item of rubric.deductions) entries.set(item.id, { kind: 'deduction', item });
  return entries;
}

export const read = (value: number | string | undefined): Points | undefined =>
  value === undefined ? undefined : parsePoints(value);
