import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { parseYamlText } from '../io/load-yaml.js';
import { decodeRubric } from '../decode/rubric.js';
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

// The documents of a unit's dossier besides the Tờ trình, each built from the unit's effective submission.

/** Every document's editable wording, read once per run. */
export interface DossierTemplates {
  meeting: MeetingTemplate;
  report: ReportTemplate;
  scoreSheet: ScoreSheetTemplate;
}

/** Collects placeholders a template names but the data cannot fill, per unit and template. */
export type Gaps = (unit: string, template: string, missing: readonly string[]) => void;

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const effectiveSource = (c: Consolidation, kind: string, unit: string, year: number | undefined) =>
  c.sources.find((s) => s.state === 'effective' && s.kind === kind && s.unit === unit && s.year === year);

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
  const own = c.units.find((u) => u.unit.code === unit)?.unit.letterhead;
  return {
    governingBody: own?.governingBody ?? c.plan?.governingBody ?? '',
    unitName,
    ...(own?.issuer ? { issuer: own.issuer } : {}),
    place: own?.place ?? c.plan?.place ?? '',
    ...(own?.kind === 'dang' ? { layout: 'party' as const } : {}),
  };
}

const dataOf = (file: string, text: string) => (parseYamlText(file, text).data ?? {}) as Record<string, unknown>;

export function meetingFor({ c, unit, year, unitName, templates, gaps }: PartContext): DocumentModel | undefined {
  const source = effectiveSource(c, 'bien-ban', unit, year);
  if (!source) return undefined;
  const { model, missing } = buildMeetingRecord(
    {
      ...letterhead(c, unit, unitName),
      year: year ?? 0,
      ...(c.plan?.vote ? { vote: c.plan.vote } : {}),
      data: dataOf(source.file, source.text),
    },
    templates.meeting,
  );
  gaps(unit, 'bien-ban', missing);
  return model;
}

export function reportFor({ c, unit, year, unitName, templates, gaps }: PartContext): DocumentModel | undefined {
  const source = c.sources.find(
    (s) =>
      s.state === 'effective' && s.kind === 'bao-cao' && s.unit === unit && s.year === year && s.period !== '6-thang',
  );
  if (!source) return undefined;
  const data = dataOf(source.file, source.text);
  const { model, missing } = buildReport(
    {
      ...letterhead(c, unit, unitName),
      year: year ?? 0,
      recipients: c.plan?.receiver ? [c.plan.receiver] : [],
      contentGroups: c.plan?.contentGroups ?? [],
      signer: signerLines(signerOf(data)),
      data,
    },
    templates.report,
  );
  gaps(unit, 'bao-cao', missing);
  return model;
}

export function scoreSheetFor({ c, unit, year, unitName, templates, gaps }: PartContext): DocumentModel | undefined {
  const source = effectiveSource(c, 'cham-diem', unit, year);
  if (!source) return undefined;
  const data = dataOf(source.file, source.text);
  const sheet = decodeScoreSheet(source.file, data);
  const rubricSource = c.sources.find((s) => s.kind === 'bo-tieu-chi' && dataOf(s.file, s.text).ma === sheet?.rubricId);
  if (!sheet || !rubricSource) return undefined;
  const rubric = decodeRubric(rubricSource.file, dataOf(rubricSource.file, rubricSource.text));
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
