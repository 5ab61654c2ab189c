import { rankSheets } from '../core/score-card.js';
import type { RankedCard, ScoreCard } from '../core/score-card.js';
import type { RunReport } from '../report/formatter.js';
import { validatePaths } from './validate-files.js';
import type { ValidateSettings } from './validate-files.js';

export interface ScoreRun {
  cards: RankedCard[];
  /** Rubrics used that are templates the officer must check against the official guidance. */
  templateRubrics: string[];
  validation: RunReport;
  /** Files of ranked sheets that have errors (a score above its maximum…): their rank is shown, marked. */
  sheetsWithErrors: string[];
}

/** Every score sheet scored against its rubric, ranked within each year and rubric. */
export async function scoreCampaign(paths: readonly string[], settings: ValidateSettings): Promise<ScoreRun> {
  const run = await validatePaths(paths, settings);
  const rubrics = new Map(run.checked.flatMap((file) => (file.rubric ? [[file.rubric.id, file.rubric] as const] : [])));
  const names = new Map(
    run.checked.flatMap((file) => file.registry?.units ?? []).map((unit) => [unit.code, unit.name]),
  );
  const nameOf = (card: ScoreCard) => names.get(card.unitCode) ?? card.unitName ?? card.unitCode;
  const sheets = run.checked.flatMap((file) => (file.scoreSheet ? [file.scoreSheet] : []));
  const cards = rankSheets(sheets, rubrics, nameOf);
  const used = new Set(cards.map((card) => card.rubricId));
  const templateRubrics = [...rubrics.values()].filter((r) => r.template && used.has(r.id)).map((r) => r.id);
  const erring = new Set(run.report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const sheetsWithErrors = cards.map((card) => card.file).filter((file) => erring.has(file));
  return { cards, templateRubrics, validation: run.report, sheetsWithErrors };
}
