import type { NodeRef } from '../diagnostics/types.js';
import type { Points } from './points.js';

/** A scored line of the rubric: a criterion without sub-criteria, or a sub-criterion. */
export interface RubricLeaf {
  id: string;
  name: string;
  max: Points;
  group: string;
  /** "Dành cho cấp trên": scored by the level above only, never self-scored. */
  reserved: boolean;
  ref: NodeRef;
}

export interface RubricItem {
  id: string;
  name: string;
  max: Points;
  ref: NodeRef;
}

export interface Band {
  id: string;
  name: string;
  from: Points;
}

/** Bộ tiêu chí: groups → criteria → sub-criteria with maxima, bonus and deduction items, bands, disqualifiers. */
export interface Rubric {
  id: string;
  name: string;
  template: boolean;
  statedTotal?: Points;
  leaves: RubricLeaf[];
  bonuses: RubricItem[];
  bonusLimit?: Points;
  deductions: RubricItem[];
  deductionLimit?: Points;
  /** Highest threshold first. */
  bands: Band[];
  disqualifiers: { id: string; name: string }[];
  file: string;
}

/** One line of a score sheet, as typed (raw values are parsed by the scoring rules, which report bad ones). */
export interface ScoreLine {
  criterion: string;
  self?: number | string;
  reviewer?: number | string;
  reason?: string;
  pointer: string;
}

/** Bản chấm điểm. */
export interface ScoreSheet {
  file: string;
  unitCode: string;
  unitName?: string;
  year: number;
  rubricId: string;
  lines: ScoreLine[];
  statedSelfTotal?: number | string;
  statedReviewerTotal?: number | string;
  disqualified: { id: string; reason: string; pointer: string }[];
  /** Lines whose criterion could not be read (the schema already said so): totals and "missing" would only echo it. */
  unreadableLines?: number;
}
