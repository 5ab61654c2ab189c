import type { Finding } from '../messages/catalog.js';
import { resolveUnit } from './attribution.js';
import { foldName } from './names.js';
import { REVIEW_OUTCOMES } from './period-summary.js';
import type { ReviewOutcome } from './period-summary.js';
import type { SubmissionRecords } from './records.js';
import type { SubmissionHeader } from './types.js';
import type { UnitIndex } from './units.js';

/** One step in a model's life: its registration for a year (dang-ky), or the outcome a yearly report proposed. */
export interface ModelEvent {
  year: number;
  event: 'dang-ky' | ReviewOutcome;
  /** Lý do (ly_do) the report gives for the outcome. */
  reason?: string;
  file: string;
  /** Where the event stands in the file: the model's `ma` in a registration, its line of ket_qua_mo_hinh. */
  pointer: string;
}

/**
 * Sổ theo dõi mô hình: one model across the years (seed 001: "đăng ký, xét, công nhận, tổ chức hoạt động, rà soát,
 * đánh giá … đề nghị thanh loại hoặc công nhận lại"). A model is its current unit (a former unit's code mapped to the
 * unit that absorbed it) plus its own code (`ma`), the identity validate's review rules use.
 */
export interface RegisteredModel {
  unit: string;
  code: string;
  /** From the latest registration; a model only ever seen in reviews takes the report's ten_mo_hinh. */
  name: string;
  field?: string;
  /** The former unit's code the model was first registered under, when it is not the current unit's. */
  registeredAs?: string;
  /** The first year a registration lists it; absent for a model reviewed but registered before the inbox's years. */
  registeredIn?: number;
  /** In year order; within a year the registration comes before the year-end review. */
  history: ModelEvent[];
  /** The last event: registered (not reviewed yet) or the latest review outcome. */
  state: ModelEvent['event'];
  /** Registered again after a report proposed removing it (thanh-loai): the year of that report. */
  registeredAgainAfterRemoval?: number;
  /** Registered under a new code with the name of a model of the unit removed before: that model's code. */
  removedAs?: string;
}

/** A submission as the register reads it; a merge adds its records, which give the models' names and fields. */
export interface RegisterSource {
  header: SubmissionHeader;
  records?: SubmissionRecords;
}

export interface ModelRegister {
  models: RegisteredModel[];
  /** review/removed-registered-again, at each registration that lists a model removed in an earlier year. */
  findings: Finding[];
}

const isOutcome = (value: string | undefined): value is ReviewOutcome =>
  (REVIEW_OUTCOMES as readonly (string | undefined)[]).includes(value);

interface Draft {
  unit: string;
  code: string;
  registeredAs?: string;
  history: ModelEvent[];
  /** Names and fields as registrations give them, and as reviews give them (used when no registration does). */
  registered: { year: number; name: string; field?: string }[];
  reviewed: { year: number; name: string }[];
}

/**
 * Builds the register from registrations (dang-ky, with `nam`) and yearly reports (bao-cao ca-nam, with `nam`): each
 * model's history, current state and owner unit. Outcomes without a valid de_xuat are left out (validate reports
 * them). Sorted by unit code, then model code; deterministic.
 */
export function buildModelRegister(sources: readonly RegisterSource[], index: UnitIndex): ModelRegister {
  const drafts = new Map<string, Draft>();
  const draftOf = (unit: string, code: string): Draft => {
    const key = `${unit}\u0000${code}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = { unit, code, history: [], registered: [], reviewed: [] };
      drafts.set(key, draft);
    }
    return draft;
  };
  for (const { header, records } of sources) {
    const year = header.year;
    const unit = resolveUnit(header.unitCode, index)?.unit.code ?? header.unitCode;
    if (year === undefined || unit === undefined) continue;
    if (header.kind === 'dang-ky')
      for (const item of header.items.filter((i) => i.what === 'model-code')) {
        const draft = draftOf(unit, item.value);
        const record = records?.collectives.find((c) => `${c.source.pointer}/ma` === item.pointer);
        draft.history.push({ year, event: 'dang-ky', file: header.file, pointer: item.pointer });
        if (record)
          draft.registered.push({ year, name: record.name, ...(record.field ? { field: record.field } : {}) });
        if (header.unitCode !== unit) draft.registeredAs ??= header.unitCode;
      }
    if (header.kind === 'bao-cao' && header.reportPeriod === 'ca-nam')
      for (const review of header.reviews ?? []) {
        if (!isOutcome(review.outcome)) continue;
        const draft = draftOf(unit, review.code);
        const { reason } = review;
        draft.history.push({
          year,
          event: review.outcome,
          ...(reason ? { reason } : {}),
          file: header.file,
          pointer: review.pointer,
        });
        if (review.name) draft.reviewed.push({ year, name: review.name });
      }
  }
  const findings: Finding[] = [];
  const models = [...drafts.values()].map((draft) => settle(draft, findings));
  flagRenamedComebacks(models, findings);
  models.sort(
    (a, b) =>
      a.unit.localeCompare(b.unit, 'vi', { numeric: true }) || a.code.localeCompare(b.code, 'vi', { numeric: true }),
  );
  return { models, findings };
}

const ORDER = (e: ModelEvent) => (e.event === 'dang-ky' ? 0 : 1);

// Puts the history in order, takes the latest name, and flags each registration that follows a removal until a later
// review takes the model back (any outcome but thanh-loai).
function settle(draft: Draft, findings: Finding[]): RegisteredModel {
  const { unit, code, registeredAs, history, registered, reviewed } = draft;
  history.sort(
    (a, b) =>
      a.year - b.year || ORDER(a) - ORDER(b) || a.file.localeCompare(b.file) || a.pointer.localeCompare(b.pointer),
  );
  let removedIn: number | undefined;
  let registeredAgainAfterRemoval: number | undefined;
  for (const event of history) {
    if (event.event !== 'dang-ky') removedIn = event.event === 'thanh-loai' ? event.year : undefined;
    else if (removedIn !== undefined && event.year > removedIn) {
      findings.push({
        ruleId: 'review/removed-registered-again',
        params: { code, year: removedIn },
        at: { file: event.file, pointer: event.pointer },
      });
      registeredAgainAfterRemoval = removedIn;
    }
  }
  const field = latestOf(registered)?.field;
  const registeredIn = history.find((e) => e.event === 'dang-ky')?.year;
  return {
    unit,
    code,
    name: (latestOf(registered) ?? latestOf(reviewed))?.name ?? code,
    ...(field ? { field } : {}),
    ...(registeredAs ? { registeredAs } : {}),
    ...(registeredIn !== undefined ? { registeredIn } : {}),
    state: history.at(-1)?.event ?? 'dang-ky',
    ...(registeredAgainAfterRemoval !== undefined ? { registeredAgainAfterRemoval } : {}),
    history,
  };
}

const latestOf = <T extends { year: number }>(list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>((best, item) => (best === undefined || item.year > best.year ? item : best), undefined);

/**
 * A unit that registers a removed model again under a new code: a model first registered after the year another of
 * the unit's models was removed, with the same name (folded: case, spacing, tone placement). Needs the names, so only
 * when the sources carry records (merge); validate knows codes only.
 */
function flagRenamedComebacks(models: RegisteredModel[], findings: Finding[]): void {
  // unit + folded name → the removals of models with that name: one lookup per model, however large the register.
  const removed = new Map<string, { model: RegisteredModel; year: number }[]>();
  for (const model of models)
    for (const event of model.history.filter((e) => e.event === 'thanh-loai')) {
      const key = `${model.unit}\u0000${foldName(model.name)}`;
      removed.set(key, [...(removed.get(key) ?? []), { model, year: event.year }]);
    }
  if (removed.size === 0) return;
  for (const model of models) {
    const first = model.history.find((e) => e.event === 'dang-ky');
    if (!first || model.registeredAgainAfterRemoval !== undefined) continue;
    const gone = removed
      .get(`${model.unit}\u0000${foldName(model.name)}`)
      ?.find((r) => r.model.code !== model.code && first.year > r.year);
    if (!gone) continue;
    findings.push({
      ruleId: 'review/removed-registered-again',
      params: { code: model.code, year: gone.year, removedCode: gone.model.code },
      at: { file: first.file, pointer: first.pointer },
    });
    model.registeredAgainAfterRemoval = gone.year;
    model.removedAs = gone.model.code;
  }
}
