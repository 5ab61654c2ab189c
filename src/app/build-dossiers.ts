import { join } from 'node:path';
import type { IsoDate } from '../core/dates.js';
import { OutputError } from '../io/output-error.js';
import { OutputExistsError } from '../io/output-exists-error.js';
import { statOrUndefined } from '../io/discover.js';
import { firstExisting } from '../io/write-output.js';
import { refuseInputsRead } from '../io/inputs-read.js';
import { ensureOutputFolder } from '../io/output-guard.js';
import type { MeetingTemplate } from '../render/meeting-model.js';
import type { ReportTemplate } from '../render/report-model.js';
import type { ConsolidatedReportTemplate } from '../render/consolidated-report-model.js';
import type { ScoreSheetTemplate } from '../render/score-sheet-model.js';
import type { Consolidation } from './consolidation.js';
import type { DossierTemplates } from './dossier-parts.js';
import { loadDossierTemplates, placeholderFindings } from './dossier-templates.js';
import type { TemplateName } from './dossier-templates.js';
import { isError } from '../messages/catalog.js';
import type { Finding } from '../messages/catalog.js';
import type { Nominee } from '../core/nominees.js';
import type { ReceiverDocument } from '../core/plan.js';
import { summaryDossier } from './summary-to-trinh.js';
import { checkUnitCodes } from './unit-codes.js';
import { runRenderTasks } from './render-pool.js';
import { sampleRubrics } from './sample-rubrics.js';
import { UNIT_PART_NAMES, unitTask } from './unit-dossier-task.js';
import { documentPaths, plannedPaths } from './render-task.js';
import type { OutputFormat, RenderTask } from './render-task.js';

export interface DossierRun {
  written: string[];
  /** Units whose dossier was written. */
  units: number;
  /** Units whose dossier was not written (a gap without --allow-incomplete, or a template it cannot fill). */
  refused: number;
  /**
   * Every reason a unit was refused or a nominee left out, located in the unit's files (errors and warnings);
   * placeholders no one can fill, located in the template; a campaign template that cannot be read.
   */
  findings: Finding[];
  /** One entry per refused unit, with every reason (the CLI prints one line each). */
  refusals: { unit: string; unitName: string; reasons: Finding[] }[];
  /** Effective award proposals among the units asked for: 0 means there was nothing to make a dossier from. */
  proposals: number;
  /** A campaign template has errors (in findings): nothing was looked at or drawn, proposals were not counted. */
  templatesUnreadable?: boolean;
  /**
   * Stopped by the user (Ctrl-C, options.signal) before every unit, or the receiving body's Tờ trình, was started: the
   * units in `written` are whole, the rest were not drawn. A Ctrl-C once all are under way changes nothing.
   */
  interrupted?: boolean;
}

/** How to run: which units, overwrite or not, incomplete dossiers or not, worker threads, progress. */
export interface DossierOptions {
  /** Unit codes to write; empty: every unit, plus the receiving body's own Tờ trình. */
  units: readonly string[];
  force: boolean;
  allowIncomplete: boolean;
  /** The receiving body's Tờ trình date. */
  today: IsoDate;
  /** Worker threads (piscina); 1 draws in this thread; undefined: by the number of units (render-pool autoJobs). */
  jobs?: number;
  /** Who signs the receiving body's Tờ trình, from the command line: replaces the plan's `to_trinh_tong_hop` signer. */
  summarySigner?: ReceiverDocument['signer'];
  /** PDF and/or the editable .docx of every document. */
  formats: readonly OutputFormat[];
  /** The campaign's own templates (mau-van-ban/), overriding the shipped ones by name; see dossier-templates.ts. */
  templatesDir?: string;
  onProgress?: (done: number, total: number) => void;
  /** Aborted: start no other unit (render-pool.ts). */
  signal?: AbortSignal;
}

/**
 * Every unit's dossier (Tờ trình with its Phụ lục, Biên bản, Báo cáo, Bản chấm điểm, and the plan's sets) and, for a
 * whole-campaign run, the receiving body's Tờ trình. Models are built here, one unit at a time; drawing and writing
 * happen in the render pool (render-pool.ts), so memory stays bounded whatever the number of units.
 * Throws OutputExistsError when a file exists and force is off (after the tasks in flight have settled).
 */
export async function buildDossiers(c: Consolidation, outDir: string, options: DossierOptions): Promise<DossierRun> {
  const { units } = options;
  const run: DossierRun = { written: [], units: 0, refused: 0, findings: [], refusals: [], proposals: 0 };
  const loaded = await loadDossierTemplates(options.templatesDir);
  run.findings.push(...loaded.findings);
  // The officer's own wording cannot be read: nothing is drawn with other wording in its place.
  if (loaded.findings.some(isError)) {
    run.templatesUnreadable = true;
    return run;
  }
  const all = loaded.templates;
  const templates: DossierTemplates = {
    meeting: all['bien-ban'].data as MeetingTemplate,
    report: all['bao-cao'].data as ReportTemplate,
    scoreSheet: all['cham-diem'].data as ScoreSheetTemplate,
    reviewOutcomes: (all['bao-cao-tong-hop'].data as ConsolidatedReportTemplate).ra_soat,
  };
  const names = new Map(c.units.map((u) => [u.unit.code, u.unit.name]));
  checkUnitCodes(c, units);
  // Before any drawing: "--out tong-hop.json" (the input) is said to be the input, "--out README.md" (another file)
  // is refused at once; a missing folder is made.
  refuseInputsRead([outDir]);
  await ensureOutputFolder(outDir);
  const gapFindings = (unit: string, name: string, missing: readonly string[]) =>
    placeholderFindings(all[name as TemplateName], { unit }, missing);
  const proposals = c.sources.filter(
    (s) =>
      // A proposal with errors is kept out of the dataset by merge; it is listed here to be refused with its reasons.
      (s.state === 'effective' || s.state === 'rejected') &&
      s.kind === 'de-nghi-khen-thuong' &&
      s.unit !== undefined &&
      (units.length === 0 || units.includes(s.unit)),
  );
  run.proposals = proposals.length;
  if (proposals.length > 0) run.findings.push(...sampleRubrics(c, 'dossier/sample-rubric'));
  const summaryTemplate = units.length === 0 && proposals.length > 0 ? all['to-trinh-tong-hop'] : undefined;
  const summaryPath = join(outDir, 'tong-hop-to-trinh.pdf');
  // The receiving body's Tờ trình lists the nominees of the dossiers that go out, so it is made after them.
  const accepted: Nominee[] = [];
  const summaryTask = (): RenderTask[] => {
    // No dossier goes out, so no summary (its unknown placeholders were said when the templates were read).
    if (!summaryTemplate || accepted.length === 0) return [];
    const planned = c.plan?.receiverDocument;
    const receiver = options.summarySigner ? { ...planned, signer: options.summarySigner } : planned;
    if (!receiver?.signer.name) {
      // No signature block without a name: the plan must say who signs the receiving body's Tờ trình.
      const planFile = c.sources.find((s) => s.kind === 'ke-hoach')?.file ?? '';
      run.findings.push({ ruleId: 'dossier/summary-no-signer', params: {}, at: { file: planFile, pointer: '' } });
      return [];
    }
    const summary = summaryDossier(c, names, options.today, accepted, summaryTemplate, receiver);
    run.findings.push(...placeholderFindings(summaryTemplate, 'summary', summary.missing));
    if (summary.missing.length > 0) return [];
    return [
      {
        kind: 'document',
        path: summaryPath,
        document: summary.model,
        title: 'Tờ trình tổng hợp',
        force: options.force,
        formats: options.formats,
      },
    ];
  };

  // Before anything is drawn: a file that any proposing unit, or the receiving body's Tờ trình, could write is already
  // there (without --force) — stop now, not after hundreds of files have filled the folder. Every part's name counts,
  // whether or not the unit turns out to have that part: a file of that name is another dossier's. A folder where a
  // file goes is said even with --force (rename cannot replace it).
  const possible = proposals.flatMap((source) =>
    plannedPaths({
      kind: 'unit-dossier',
      unit: source.unit ?? '',
      outDir,
      parts: UNIT_PART_NAMES.map((name) => ({ name })),
      sets: c.plan?.dossierSets ?? 1,
      formats: options.formats,
    }),
  );
  if (summaryTemplate) possible.push(...documentPaths(summaryPath, options.formats));
  for (const path of possible) {
    const stat = statOrUndefined(path);
    if (stat?.isDirectory()) throw new OutputError('is-folder', path);
    if (stat && !options.force) throw new OutputExistsError(path);
  }
  let exists: string | undefined;
  // Every path is checked before drawing (a name that would leave the output folder throws OutputPathError here);
  // without --force, an existing file stops the run before anything more is drawn (what is in flight settles).
  const clear = (task: RenderTask) => {
    const paths = plannedPaths(task);
    return options.force || !(exists ??= firstExisting(paths));
  };
  function* tasks(): Generator<RenderTask> {
    for (const source of proposals) {
      if (options.signal?.aborted) return void (run.interrupted = true);
      const made = unitTask(c, source, {
        toTrinh: all['to-trinh'],
        templates,
        names,
        gapFindings,
        run,
        outDir,
        options,
      });
      if (!made) run.refused += 1;
      else if (!clear(made.task)) return;
      else {
        run.units += 1;
        accepted.push(...made.proposed);
        yield made.task;
      }
    }
    if (options.signal?.aborted && summaryTemplate) return void (run.interrupted = true);
    for (const task of summaryTask()) if (clear(task)) yield task;
  }
  const results = await runRenderTasks(tasks(), proposals.length + (summaryTemplate ? 1 : 0), {
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.onProgress ? { onDone: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  for (const result of results) run.written.push(...result.written);
  exists ??= results.find((r) => r.exists)?.exists;
  if (exists) throw new OutputExistsError(exists);
  run.findings = oncePerPlaceholder(run.findings);
  return run;
}

// A template's unknown placeholder is the same mistake for every unit: said once, at its place in the template (the
// first unit it stopped); each refused unit's line still gives it as the reason.
function oncePerPlaceholder(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.ruleId !== 'dossier/unknown-placeholder') return true;
    const key = `${f.at.file}\u0000${(f.params as { placeholder: string }).placeholder}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
