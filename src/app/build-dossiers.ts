import { join } from 'node:path';
import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { loadDossierFonts } from '../io/fonts.js';
import { parseYamlText } from '../io/load-yaml.js';
import { readTextFile } from '../io/read-file.js';
import { outputFileFor } from '../io/output-path.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { packageRoot } from '../paths.js';
import type { DocumentModel } from '../render/document-model.js';
import { buildToTrinh } from '../render/dossier-model.js';
import type { MeetingTemplate } from '../render/meeting-model.js';
import type { ReportTemplate } from '../render/report-model.js';
import type { ScoreSheetTemplate } from '../render/score-sheet-model.js';
import type { ToTrinhTemplate } from '../render/dossier-model.js';
import { buildContents } from '../render/contents-model.js';
import { renderCounted, renderDocumentsPdf } from '../render/pdf.js';
import type { Consolidation } from './consolidation.js';
import { meetingFor, reportFor, scoreSheetFor, signerOf, text } from './dossier-parts.js';
import type { DossierTemplates, Gaps } from './dossier-parts.js';
import type { Finding } from '../messages/catalog.js';

export const TO_TRINH_TEMPLATE = join(packageRoot, 'templates', 'dossier', 'to-trinh.yaml');
export const SUMMARY_TEMPLATE = join(packageRoot, 'templates', 'dossier', 'to-trinh-tong-hop.yaml');
const templatePath = (name: string) => join(packageRoot, 'templates', 'dossier', `${name}.yaml`);

async function readTemplate<T>(name: string): Promise<T> {
  const path = templatePath(name);
  return parseYamlText(path, await readTextFile(path)).data as T;
}

export interface DossierProblem {
  unit: string;
  template: string;
  placeholders: string[];
}

export interface DossierRun {
  written: string[];
  problems: DossierProblem[];
  /** Missing parts and nominees without a vote, located in the unit's files. */
  findings: Finding[];
}

const PART_FILES: Record<string, string> = {
  'to-trinh': 'to-trinh',
  'bien-ban': 'bien-ban',
  'bao-cao': 'bao-cao',
  'bang-cham-diem': 'cham-diem',
};
const PART_TITLES: Record<string, string> = {
  'bien-ban': 'BIÊN BẢN HỌP BÌNH XÉT',
  'bao-cao': 'BÁO CÁO ĐÁNH GIÁ KẾT QUẢ',
  'cham-diem': 'BẢN CHẤM ĐIỂM TIÊU CHÍ',
};

/** One Tờ trình with its Phụ lục per unit that proposes awards (optionally only the listed units). */
export async function buildDossiers(
  c: Consolidation,
  outDir: string,
  units: readonly string[],
  force: boolean,
  allowIncomplete = false,
  today: IsoDate = c.today,
): Promise<DossierRun> {
  const template = parseYamlText(TO_TRINH_TEMPLATE, await readTextFile(TO_TRINH_TEMPLATE)).data as ToTrinhTemplate;
  const fonts = loadDossierFonts();
  const templates: DossierTemplates = {
    meeting: await readTemplate<MeetingTemplate>('bien-ban'),
    report: await readTemplate<ReportTemplate>('bao-cao'),
    scoreSheet: await readTemplate<ScoreSheetTemplate>('cham-diem'),
  };
  const names = new Map(c.units.map((u) => [u.unit.code, u.unit.name]));
  const run: DossierRun = { written: [], problems: [], findings: [] };
  const reportGap: Gaps = (unit, template, missing) => {
    if (missing.length > 0)
      run.problems.push({ unit, template: templatePath(template), placeholders: [...new Set(missing)] });
  };
  const proposals = c.sources.filter((s) => s.state === 'effective' && s.kind === 'de-nghi-khen-thuong' && s.unit);
  for (const source of proposals) {
    const data = (parseYamlText(source.file, source.text).data ?? {}) as Record<string, unknown>;
    const unit = source.unit ?? '';
    if (units.length > 0 && !units.includes(unit)) continue;
    const awardId = text(data.hinh_thuc) ?? '';
    const plan = c.plan;
    const { model, missing } = buildToTrinh(
      {
        governingBody: plan?.governingBody ?? plan?.issuer ?? '',
        unitName: names.get(unit) ?? text(data.ten_don_vi) ?? unit,
        number: text(data.so_hieu) ?? '',
        place: plan?.place ?? '',
        date: (toIsoDate(text(data.ngay_gui) ?? '') ?? c.today) as IsoDate,
        recipients: Array.isArray(data.kinh_gui) ? data.kinh_gui.map(String) : plan?.receiver ? [plan.receiver] : [],
        bases: plan ? [...plan.legalBases, `Kế hoạch ${plan.number ? `số ${plan.number} ` : ''}${plan.title}`] : [],
        award: plan?.awardTypes.find((a) => a.id === awardId)?.name ?? awardId,
        plan: {
          title: plan?.title ?? '',
          ...(plan?.number ? { number: plan.number } : {}),
          issuer: plan?.issuer ?? '',
        },
        year: typeof data.nam === 'number' ? data.nam : (source.year ?? 0),
        signer: signerOf(data),
        nominees: c.nominees.filter((n) => n.unit === unit && n.year === source.year),
      },
      template,
    );
    if (missing.length > 0) {
      run.problems.push({ unit, template: TO_TRINH_TEMPLATE, placeholders: [...new Set(missing)] });
      continue;
    }
    const part = { c, unit, year: source.year, unitName: names.get(unit) ?? unit, templates, gaps: reportGap };
    const parts: [string, DocumentModel | undefined][] = [
      ['to-trinh', model],
      ['bien-ban', meetingFor(part)],
      ['bao-cao', reportFor(part)],
      ['cham-diem', scoreSheetFor(part)],
    ];
    // The plan says which parts a dossier needs; a nominee needs the council's vote.
    const required = (c.plan?.dossierParts ?? []).map((part) => PART_FILES[part] ?? part);
    const gaps: Finding[] = [
      ...parts
        .filter(([part, document]) => !document && required.includes(part))
        .map(([part]): Finding => ({
          ruleId: 'dossier/missing-part',
          params: { unit, part: part === 'cham-diem' ? 'bang-cham-diem' : part },
          at: { file: source.file, pointer: '' },
        })),
      ...c.nominees
        .filter((n) => n.unit === unit && n.year === source.year && n.vote === null)
        .map((n): Finding => ({
          ruleId: 'dossier/no-vote',
          params: { unit, name: n.name },
          at: { file: n.source.file, pointer: n.source.pointer },
          span: {
            start: { line: n.source.line, column: n.source.column },
            end: { line: n.source.line, column: n.source.column },
          },
        })),
    ];
    run.findings.push(...gaps);
    if (gaps.length > 0 && !allowIncomplete) continue;
    const documents: DocumentModel[] = [];
    for (const [part, found] of parts) {
      const document = found ?? (required.includes(part) ? missingPart(model, PART_TITLES[part] ?? part) : undefined);
      if (!document) continue;
      documents.push(document);
      const path = outputFileFor(outDir, unit, `${part}.pdf`);
      await writeOutputAtomic(path, await renderDocumentsPdf([document], fonts, `${document.title} ${unit}`), force);
      run.written.push(path);
    }
    run.written.push(...(await writeSets(c, unit, names.get(unit) ?? unit, documents, fonts, outDir, force)));
  }
  // The receiving body's own Tờ trình and list, over every unit, when the whole province is asked for.
  if (units.length === 0 && c.nominees.length > 0) {
    const summary = await summaryDossier(c, names, today);
    if (summary.missing.length > 0)
      run.problems.push({
        unit: '(tổng hợp)',
        template: SUMMARY_TEMPLATE,
        placeholders: [...new Set(summary.missing)],
      });
    else {
      const path = join(outDir, 'tong-hop-to-trinh.pdf');
      await writeOutputAtomic(path, await renderDocumentsPdf([summary.model], fonts, 'Tờ trình tổng hợp'), force);
      run.written.push(path);
    }
  }
  return run;
}

async function summaryDossier(c: Consolidation, names: ReadonlyMap<string, string>, today: IsoDate) {
  const template = parseYamlText(SUMMARY_TEMPLATE, await readTextFile(SUMMARY_TEMPLATE)).data as ToTrinhTemplate;
  const plan = c.plan;
  const awards = [...new Set(c.nominees.map((n) => n.award).filter((a): a is string => a !== undefined))];
  const collator = new Intl.Collator('vi');
  const unitName = (code: string) => names.get(code) ?? code;
  const nominees = [...c.nominees].sort(
    (a, b) => collator.compare(unitName(a.unit), unitName(b.unit)) || a.source.line - b.source.line,
  );
  return buildToTrinh(
    {
      governingBody: plan?.governingBody ?? '',
      unitName: plan?.receiver ?? '',
      number: '   /TTr',
      place: plan?.place ?? '',
      date: today,
      recipients: plan ? [plan.issuer] : [],
      bases: plan ? [...plan.legalBases, `Kế hoạch ${plan.number ? `số ${plan.number} ` : ''}${plan.title}`] : [],
      award: plan?.awardTypes.find((a) => a.id === awards[0])?.name ?? awards[0] ?? '',
      plan: { title: plan?.title ?? '', ...(plan?.number ? { number: plan.number } : {}), issuer: plan?.issuer ?? '' },
      year: nominees[0]?.year ?? 0,
      signer: { name: '', title: 'GIÁM ĐỐC' },
      nominees,
      unitNameOf: unitName,
    },
    template,
  );
}

const PART_NAMES: Record<string, string> = {
  'TỜ TRÌNH': 'Tờ trình kèm danh sách đề nghị khen thưởng',
  'BIÊN BẢN': 'Biên bản họp bình xét',
  'BÁO CÁO': 'Báo cáo đánh giá kết quả thực hiện',
  'BẢN CHẤM ĐIỂM': 'Bản chấm điểm tiêu chí',
};

/** The plan's number of sets (02 bộ), each one PDF: its contents page, then every part, pages numbered per part. */
async function writeSets(
  c: Consolidation,
  unit: string,
  unitName: string,
  documents: readonly DocumentModel[],
  fonts: ReturnType<typeof loadDossierFonts>,
  outDir: string,
  force: boolean,
): Promise<string[]> {
  const first = documents[0];
  if (!first) return [];
  const { pages } = await renderCounted(documents, fonts, unit);
  let next = 2; // page 1 is the contents page
  const parts = documents.map((document, i) => {
    const from = next;
    next += pages[i] ?? 1;
    const title = PART_NAMES[document.title] ?? `${document.title} ${document.summary ?? ''}`.trim();
    return { title, ...(document.header.number ? { number: document.header.number } : {}), from, to: next - 1 };
  });
  const sets = c.plan?.dossierSets ?? 1;
  const written: string[] = [];
  for (let set = 1; set <= sets; set += 1) {
    const contents = buildContents(first.header, unitName, set, sets, parts);
    const path = outputFileFor(outDir, unit, `ho-so-bo-${set}.pdf`);
    await writeOutputAtomic(
      path,
      await renderDocumentsPdf([contents, ...documents], fonts, `Hồ sơ ${unit} bộ ${set}`),
      force,
    );
    written.push(path);
  }
  return written;
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
