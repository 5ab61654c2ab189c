import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import type { Nominee } from '../core/nominees.js';
import type { DocumentModel } from '../render/document-model.js';
import { buildToTrinh } from '../render/dossier-model.js';
import type { ToTrinhTemplate } from '../render/dossier-model.js';
import type { DossierOptions, DossierRun } from './build-dossiers.js';
import type { Consolidation } from './consolidation.js';
import { indexOf, sourceData } from './consolidation-index.js';
import { citedPlan, legalBasesOn } from './dossier-citations.js';
import { checkUnitDossier } from './dossier-checks.js';
import { letterhead, meetingFor, reportFor, scoreSheetFor, signerOf, text } from './dossier-parts.js';
import type { DossierTemplates, Gaps } from './dossier-parts.js';
import { placeholderFindings } from './dossier-templates.js';
import type { LoadedTemplate } from './dossier-templates.js';
import type { Finding } from '../messages/catalog.js';
import type { DossierPart, RenderTask } from './render-task.js';

// One unit's dossier planned: its parts' models, the verdict on its nominees, and the render task that draws it.

const PART_FILES: Record<string, string> = {
  'to-trinh': 'to-trinh',
  'bien-ban': 'bien-ban',
  'bao-cao': 'bao-cao',
  'bang-cham-diem': 'cham-diem',
};
/** The parts a unit's dossier can hold, by their names in its files ("<unit>-bien-ban.pdf"). */
export const UNIT_PART_NAMES = ['to-trinh', 'bien-ban', 'bao-cao', 'cham-diem'] as const;

const PART_TITLES: Record<string, string> = {
  'bien-ban': 'BIÊN BẢN HỌP BÌNH XÉT',
  'bao-cao': 'BÁO CÁO ĐÁNH GIÁ KẾT QUẢ',
  'cham-diem': 'BẢN CHẤM ĐIỂM TIÊU CHÍ',
};

export interface UnitContext {
  toTrinh: LoadedTemplate;
  templates: DossierTemplates;
  names: ReadonlyMap<string, string>;
  /** The located findings of placeholders a template names but cannot be filled for a unit (placeholderFindings). */
  gapFindings: (unit: string, template: string, missing: readonly string[]) => Finding[];
  run: DossierRun;
  outDir: string;
  options: DossierOptions;
}

/** The kinds of the unit's files for the year that merge kept out of the dataset for their errors (a part's name in
 * its file name is its kind: bien-ban, bao-cao, cham-diem). */
const rejectedKinds = (c: Consolidation, unit: string, year: number | undefined): Set<string> =>
  new Set(
    indexOf(c)
      .sourcesOf(unit)
      .filter((s) => s.state === 'rejected' && s.year === year && s.period !== '6-thang')
      .map((s) => s.kind ?? ''),
  );

/** One unit's render task and the nominees it proposes, or undefined (every reason recorded in the run). */
export function unitTask(
  c: Consolidation,
  source: Consolidation['sources'][number],
  { toTrinh, templates, names, gapFindings, run, outDir, options }: UnitContext,
): { task: RenderTask; proposed: Nominee[] } | undefined {
  const data = sourceData(source);
  const unit = source.unit ?? '';
  const unitName = names.get(unit) ?? text(data.ten_don_vi) ?? unit;
  // A template this unit's documents cannot be filled from refuses the unit: no document goes out with a "{…}" in it.
  const gaps: Finding[] = [];
  const collect: Gaps = (u, template, missing) => gaps.push(...gapFindings(u, template, missing));
  const part = { c, unit, year: source.year, unitName, templates, gaps: collect };
  const others: [string, DocumentModel | undefined][] = [
    ['bien-ban', meetingFor(part)],
    ['bao-cao', reportFor(part)],
    ['cham-diem', scoreSheetFor(part)],
  ];
  // The plan says which parts a dossier needs; a nominee needs the council's vote, and a passing one.
  const required = (c.plan?.dossierParts ?? []).map((part) => PART_FILES[part] ?? part);
  // A part sent with errors was kept out of the dataset by merge: its errors are the reason, not a missing part.
  const rejected = rejectedKinds(c, unit, source.year);
  const verdict = checkUnitDossier({
    c,
    unit,
    year: source.year,
    missingParts: others
      .filter(([part, document]) => !document && required.includes(part) && !rejected.has(part))
      .map(([part]) => (part === 'cham-diem' ? 'bang-cham-diem' : part)),
    proposalFile: source.file,
    rejectedKinds: rejected,
    allowIncomplete: options.allowIncomplete,
  });
  run.findings.push(...verdict.findings);
  const refuse = (reasons: Finding[]) => {
    run.refusals.push({ unit, unitName, reasons });
    return undefined;
  };
  if (verdict.refused || source.state === 'rejected') {
    run.findings.push(...gaps);
    return refuse([...verdict.findings, ...gaps]);
  }
  const awardId = text(data.hinh_thuc) ?? '';
  const plan = c.plan;
  const date = (toIsoDate(text(data.ngay_gui) ?? '') ?? c.today) as IsoDate;
  const { model, missing } = buildToTrinh(
    {
      ...letterhead(c, unit, unitName),
      number: text(data.so_hieu) ?? '',
      date,
      recipients: Array.isArray(data.kinh_gui) ? data.kinh_gui.map(String) : plan?.receiver ? [plan.receiver] : [],
      bases: legalBasesOn(c, date),
      award: plan?.awardTypes.find((a) => a.id === awardId)?.name ?? awardId,
      plan: citedPlan(c),
      year: typeof data.nam === 'number' ? data.nam : (source.year ?? 0),
      signer: signerOf(data),
      nominees: verdict.proposed,
    },
    toTrinh.data as ToTrinhTemplate,
  );
  gaps.push(...placeholderFindings(toTrinh, { unit }, missing));
  if (gaps.length > 0) {
    run.findings.push(...gaps);
    return refuse(gaps);
  }
  const documents: DossierPart[] = [['to-trinh', model] as const, ...others].flatMap(([part, found]) => {
    const document = found ?? (required.includes(part) ? missingPart(model, PART_TITLES[part] ?? part) : undefined);
    return document ? [{ name: part, document }] : [];
  });
  return {
    task: {
      kind: 'unit-dossier',
      unit,
      unitName,
      outDir,
      force: options.force,
      parts: documents,
      sets: c.plan?.dossierSets ?? 1,
      formats: options.formats,
    },
    proposed: verdict.proposed,
  };
}

// --allow-incomplete: the missing part is a page that says so, in the place the part would take in the set.
function missingPart(toTrinh: DocumentModel, title: string): DocumentModel {
  return {
    header: toTrinh.header,
    title,
    summary: 'CÒN THIẾU',
    blocks: [
      { kind: 'heading', text: `Hồ sơ chưa có ${title.toLocaleLowerCase('vi')}. Đơn vị cần bổ sung trước khi trình.` },
    ],
    signers: [],
  };
}
