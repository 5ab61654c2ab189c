import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { decodeScoreSheet } from '../decode/score-sheet.js';
import type { DocumentModel } from '../render/document-model.js';
import { signerLines } from '../render/dossier-model.js';
import type { IssuingBody } from '../render/dossier-model.js';
import { buildMeetingRecord } from '../render/meeting-model.js';
import type { MeetingTemplate } from '../render/meeting-model.js';
import { buildReport } from '../render/report-model.js';
import type { ReportTemplate } from '../render/report-model.js';
import { buildScoreSheetDocument } from '../render/score-sheet-model.js';
import type { ScoreSheetTemplate } from '../render/score-sheet-model.js';
import type { Consolidation } from './consolidation.js';
import { indexOf, sourceData } from './consolidation-index.js';

// The documents of a unit's dossier besides the Tờ trình, each built from the unit's effective submission.

/** Every document's editable wording, read once per run. */
export interface DossierTemplates {
  meeting: MeetingTemplate;
  report: ReportTemplate;
  scoreSheet: ScoreSheetTemplate;
  /** The review outcomes' names, from the consolidated report's template (bao-cao-tong-hop.yaml, `ra_soat`). */
  reviewOutcomes: Readonly<Record<string, string>>;
}

/** Collects placeholders a template names but the data cannot fill, per unit and template. */
export type Gaps = (unit: string, template: string, missing: readonly string[]) => void;

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

// "nguoi_ky" as the documents need it: name, post, and the authority line ("KT. GIÁM ĐỐC") when given.
export function signerOf(data: Record<string, unknown>): {
  name: string;
  title?: string;
  authority?: string;
  rank?: string;
} {
  const signer = (data.nguoi_ky ?? {}) as Record<string, unknown>;
  const title = text(signer.chuc_vu);
  const authority = text(signer.tham_quyen);
  const rank = text(signer.cap_bac);
  return {
    name: text(signer.ho_ten) ?? '',
    ...(title ? { title } : {}),
    ...(authority ? { authority } : {}),
    ...(rank ? { rank } : {}),
  };
}

/** What every part needs to find the unit's submission and report its template gaps. */
export interface PartContext {
  c: Consolidation;
  unit: string;
  year: number | undefined;
  unitName: string;
  templates: DossierTemplates;
  gaps: Gaps;
}

/**
 * The unit's letterhead: its "tieu_de" (registry, over the plan's category defaults, resolved at merge), then the
 * plan's governing body and place. A dataset written before letterheads existed falls back to the plan alone.
 */
export function letterhead(c: Consolidation, unit: string, unitName: string): IssuingBody {
  const own = indexOf(c).unitStatus(unit)?.unit.letterhead;
  return {
    governingBody: own?.governingBody ?? c.plan?.governingBody ?? '',
    unitName,
    ...(own?.issuer ? { issuer: own.issuer } : {}),
    place: own?.place ?? c.plan?.place ?? '',
    ...(own?.kind === 'dang' ? { layout: 'party' as const } : {}),
  };
}

export function meetingFor({ c, unit, year, unitName, templates, gaps }: PartContext): DocumentModel | undefined {
  const source = indexOf(c).effective('bien-ban', unit, year);
  if (!source) return undefined;
  const { model, missing } = buildMeetingRecord(
    {
      ...letterhead(c, unit, unitName),
      year: year ?? 0,
      ...(c.plan?.vote ? { vote: c.plan.vote } : {}),
      data: sourceData(source),
    },
    templates.meeting,
  );
  gaps(unit, 'bien-ban', missing);
  return model;
}

export function reportFor({ c, unit, year, unitName, templates, gaps }: PartContext): DocumentModel | undefined {
  const source = indexOf(c).effective('bao-cao', unit, year, true);
  if (!source) return undefined;
  const data = sourceData(source);
  const { model, missing } = buildReport(
    {
      ...letterhead(c, unit, unitName),
      year: year ?? 0,
      recipients: c.plan?.receiver ? [c.plan.receiver] : [],
      contentGroups: c.plan?.contentGroups ?? [],
      signer: signerLines(signerOf(data)),
      data,
      reviewOutcomes: templates.reviewOutcomes,
    },
    templates.report,
  );
  gaps(unit, 'bao-cao', missing);
  return model;
}

export function scoreSheetFor({ c, unit, year, unitName, templates, gaps }: PartContext): DocumentModel | undefined {
  const source = indexOf(c).effective('cham-diem', unit, year);
  if (!source) return undefined;
  const data = sourceData(source);
  const sheet = decodeScoreSheet(source.file, data);
  const rubric = sheet && indexOf(c).rubric(sheet.rubricId)?.rubric;
  if (!sheet || !rubric) return undefined;
  const { model, missing } = buildScoreSheetDocument(
    {
      ...letterhead(c, unit, unitName),
      date: (toIsoDate(text(data.ngay_gui) ?? '') ?? c.today) as IsoDate,
      sheet,
      rubric,
      signer: signerLines(signerOf(data)),
    },
    templates.scoreSheet,
  );
  gaps(unit, 'cham-diem', missing);
  return model;
}
