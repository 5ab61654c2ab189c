import type { Points } from './points.js';
import type { Band, Rubric, ScoreSheet } from './rubric.js';
import { entriesOf, read } from './score-lines.js';
import type { Entry } from './score-lines.js';

/** A unit's result: self total, the reviewer's total, the band (or why it has none). */
export interface ScoreCard {
  unitCode: string;
  unitName?: string;
  year: number;
  file: string;
  self: Points;
  reviewer: Points;
  reviewed: boolean;
  /** The reviewer's total once re-scored, else the self total. */
  final: Points;
  /** The final points on the criteria the unit itself scores (without the reserved slice, bonus and deductions). */
  ownWork: Points;
  /** Final points per criterion id (the reviewer's where re-scored), for one column per criterion. */
  criteria: Record<string, Points>;
  band?: Band;
  disqualified: { id: string; name: string; reason: string }[];
}

export function scoreCard(rubric: Rubric, sheet: ScoreSheet): ScoreCard {
  const entries = entriesOf(rubric);
  const signed = (entry: Entry | undefined, value: Points | undefined): number =>
    value === undefined || !entry ? 0 : entry.kind === 'deduction' ? -value : value;
  let self = 0;
  let reviewer = 0;
  let ownWork = 0;
  let reviewed = false;
  const criteria: Record<string, Points> = {};
  for (const line of sheet.lines) {
    const entry = entries.get(line.criterion);
    const selfPoints = read(line.self);
    const reviewerPoints = read(line.reviewer);
    if (reviewerPoints !== undefined) reviewed = true;
    const reserved = entry?.kind === 'leaf' && entry.item.reserved;
    if (!reserved) self += signed(entry, selfPoints);
    const finalLine = reserved ? reviewerPoints : (reviewerPoints ?? selfPoints);
    reviewer += signed(entry, finalLine);
    if (finalLine !== undefined) criteria[line.criterion] = finalLine;
    if (entry?.kind === 'leaf' && !reserved) ownWork += finalLine ?? 0;
  }
  const final = (reviewed ? reviewer : self) as Points;
  const disqualified = sheet.disqualified.map((d) => ({
    id: d.id,
    name: rubric.disqualifiers.find((q) => q.id === d.id)?.name ?? d.id,
    reason: d.reason,
  }));
  const band = disqualified.length > 0 ? undefined : rubric.bands.find((b) => final >= b.from);
  return {
    unitCode: sheet.unitCode,
    ...(sheet.unitName === undefined ? {} : { unitName: sheet.unitName }),
    year: sheet.year,
    file: sheet.file,
    self: self as Points,
    reviewer: reviewer as Points,
    reviewed,
    final,
    ownWork: ownWork as Points,
    criteria,
    ...(band ? { band } : {}),
    disqualified,
  };
}

/** A score card with its place among the units scored with the same rubric in the same year. */
export interface RankedCard extends ScoreCard {
  rank: number;
  name: string;
  rubricId: string;
}

/**
 * Ranking: the higher final total first; on a tie, the higher points on the unit's own criteria (the part it is
 * responsible for, before the level-above slice, bonus and deductions); then Vietnamese order of names, then code.
 */
export function rankCards(
  cards: readonly ScoreCard[],
  name: (card: ScoreCard) => string,
): (ScoreCard & { rank: number })[] {
  const collator = new Intl.Collator('vi');
  return [...cards]
    .sort(
      (a, b) =>
        b.final - a.final ||
        b.ownWork - a.ownWork ||
        collator.compare(name(a), name(b)) ||
        a.unitCode.localeCompare(b.unitCode),
    )
    .map((card, index) => ({ ...card, rank: index + 1 }));
}

/** Every sheet scored against its rubric (sheets whose rubric is missing are left out) and ranked per year and rubric. */
export function rankSheets(
  sheets: readonly ScoreSheet[],
  rubrics: ReadonlyMap<string, Rubric>,
  nameOf: (card: ScoreCard) => string,
): RankedCard[] {
  const groups = new Map<string, ScoreCard[]>();
  for (const sheet of sheets) {
    const rubric = rubrics.get(sheet.rubricId);
    if (!rubric) continue;
    const key = `${sheet.year}\u0000${sheet.rubricId}`;
    groups.set(key, [...(groups.get(key) ?? []), scoreCard(rubric, sheet)]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, cards]) =>
      rankCards(cards, nameOf).map((card) => ({ ...card, name: nameOf(card), rubricId: key.split('\u0000')[1] ?? '' })),
    );
}
