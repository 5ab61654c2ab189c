import type { IsoDate } from '../core/dates.js';
import { resolveUnit } from '../core/attribution.js';
import type { Consolidation } from '../core/consolidation.js';
import { summarisePeriod, withholdsContent } from '../core/period-summary.js';
import type { PeriodSummary, RegisteredItem, UnitPeriodReport } from '../core/period-summary.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ownDeadlines } from '../core/periodic-reports.js';
import type { Plan } from '../core/plan.js';
import { statusYear } from '../core/status.js';
import type { ReportPeriod } from '../core/types.js';
import { indexUnits } from '../core/units.js';
import { decodePeriodReport } from '../decode/period-report.js';
import { decodePlan } from '../decode/plan.js';
import { decodeRegistry } from '../decode/registry.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { indexOf, sourceData } from './consolidation-index.js';
import { OutputExistsError } from '../io/output-exists-error.js';
import { refusePlannedOutputs, writeOutputAtomic } from '../io/write-output.js';
import { buildConsolidatedReport } from '../render/consolidated-report-model.js';
import type { ConsolidatedReportTemplate } from '../render/consolidated-report-model.js';
import { docxPathOf } from './render-task.js';
import type { OutputFormat } from './render-task.js';
import { loadDossierTemplates, placeholderFindings } from './dossier-templates.js';
import { isError } from '../messages/catalog.js';
import type { Finding } from '../messages/catalog.js';
import { runRenderTasks } from './render-pool.js';

export interface ConsolidatedReportOptions {
  period: ReportPeriod;
  /** Defaults to the latest year any unit reported for the period, else the plan year of `today`. */
  year?: number;
  out: string;
  /** Also write the report's tables as an .xlsx workbook here. */
  xlsx?: string;
  force: boolean;
  /** The report's own number ("45/BC-PNV"); left blank for the officer to fill in when absent. */
  number?: string;
  signer: { name: string; title?: string; authority?: string };
  /** The report's date. */
  today: IsoDate;
  /** PDF and/or the editable .docx beside it (same name). */
  formats: readonly OutputFormat[];
  /** The campaign's own templates (mau-van-ban/): its bao-cao-tong-hop.yaml replaces the shipped wording. */
  templatesDir?: string;
}

export interface ConsolidatedReportRun {
  written: string[];
  summary: PeriodSummary;
  /**
   * The wording file's problems, located: a campaign template that cannot be read or has lost a field, a placeholder
   * the data cannot fill. Nothing is written when one is an error.
   */
  findings: Finding[];
}

/**
 * The receiving body's consolidated report for a period (danvan report): the plan, the registry and the units'
 * reports are read back from the consolidated dataset's embedded sources, aggregated (core/period-summary.ts), laid
 * out (render/consolidated-report-model.ts) and drawn as one 'document' render task. Throws UsageError without a
 * plan or when the plan has no such period or year, OutputExistsError when the file exists and `force` is off.
 */
export async function writeConsolidatedReport(
  c: Consolidation,
  options: ConsolidatedReportOptions,
): Promise<ConsolidatedReportRun> {
  // Refuse before any work: drawing is the expensive part.
  const planned = [
    ...(options.formats.includes('pdf') ? [options.out] : []),
    ...(options.formats.includes('docx') ? [docxPathOf(options.out)] : []),
    ...(options.xlsx ? [options.xlsx] : []),
  ];
  refusePlannedOutputs(planned, options.force);
  const planSource = c.sources.find((s) => s.kind === 'ke-hoach');
  if (!planSource) throw new UsageError('no-plan', 'report');
  const plan = decodePlan(planSource.file, sourceData(planSource));
  if (plan.reportPeriods.length > 0 && !plan.reportPeriods.includes(options.period))
    throw new UsageError(
      'report-period-not-in-plan',
      JSON.stringify({ period: options.period, periods: plan.reportPeriods }),
    );
  const registries = c.sources
    .filter((s) => s.kind === 'danh-muc-don-vi')
    .map((s) => decodeRegistry(s.file, sourceData(s)));
  const index = indexUnits(registries);
  const current = (code: string | undefined) => resolveUnit(code, index)?.unit.code ?? code ?? '';
  // A rejected report was still received: it counts (late if late) and names its defects (core/period-summary.ts).
  const periodReports = c.sources.filter(
    (s) => (s.state === 'effective' || s.state === 'rejected') && s.kind === 'bao-cao' && s.period === options.period,
  );
  const latest = Math.max(0, ...periodReports.flatMap((s) => (s.year === undefined ? [] : [s.year])));
  const reportYear = options.year ?? (latest > 0 ? latest : statusYear(plan, options.today));
  if (reportYear < plan.firstYear || reportYear > plan.lastYear)
    throw new UsageError(
      'report-year-out-of-plan',
      JSON.stringify({ year: reportYear, first: plan.firstYear, last: plan.lastYear }),
    );
  const nameOf = modelNames(c);
  const reports = periodReports
    .filter((s) => s.year === reportYear)
    .map((s) => {
      const unit = current(s.unit);
      const report = decodePeriodReport(s.file, unit, sourceData(s), (code) => nameOf(unit, code));
      return withDefects(report, indexOf(c).diagnosticsIn([s.file]));
    });
  const registeredModels: RegisteredItem[] = c.models.map((m) => ({
    unit: m.unit,
    ...(m.year === undefined ? {} : { year: m.year }),
    ...(m.modelCode ? { code: m.modelCode } : {}),
    name: m.name,
    ...(m.field ? { field: m.field } : {}),
  }));
  const people: RegisteredItem[] = c.people.map((p) => ({
    unit: p.unit,
    ...(p.year === undefined ? {} : { year: p.year }),
    name: p.name,
  }));
  const summary = summarisePeriod(
    plan,
    c.units.map((u) => u.unit),
    reports,
    { models: registeredModels, people },
    options.period,
    reportYear,
  );
  const loaded = await loadDossierTemplates(options.templatesDir, ['bao-cao-tong-hop']);
  const findings = [...loaded.findings];
  if (findings.some(isError)) return { written: [], summary, findings };
  const wording = loaded.templates['bao-cao-tong-hop'];
  const template = wording.data as ConsolidatedReportTemplate;
  const { model, missing } = buildConsolidatedReport(
    {
      plan,
      summary,
      registeredModels,
      recipients: recipientsOf(plan, options.period, reportYear),
      ...(options.number ? { number: options.number } : {}),
      date: options.today,
      signer: options.signer,
    },
    template,
  );
  findings.push(...placeholderFindings(wording, 'summary', missing));
  if (missing.length > 0) return { written: [], summary, findings };
  const results = await runRenderTasks(
    [
      {
        kind: 'document',
        path: options.out,
        document: model,
        title: `Báo cáo tổng hợp ${reportYear}`,
        force: options.force,
        formats: options.formats,
      },
    ],
    1,
    { jobs: 1 },
  );
  const exists = results.find((r) => r.exists)?.exists;
  if (exists) throw new OutputExistsError(exists);
  const written = results.flatMap((r) => r.written);
  if (options.xlsx) {
    const [{ buildConsolidatedSheets }, { renderWorkbookXlsx }, { buildHeading }] = await Promise.all([
      import('../render/consolidated-report-sheet.js'),
      import('../render/xlsx.js'),
      import('../render/workbook-model.js'),
    ]);
    const workbook = buildConsolidatedSheets(summary, plan.contentGroups.length, template.ra_soat, buildHeading(c), [
      { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)', name: '' },
      {
        title: (options.signer.title ?? 'Thủ trưởng đơn vị').toLocaleUpperCase('vi'),
        note: '(Ký, ghi rõ họ tên, đóng dấu)',
        name: options.signer.name,
      },
    ]);
    await writeOutputAtomic(options.xlsx, await renderWorkbookXlsx(workbook), options.force);
    written.push(options.xlsx);
  }
  return { written, summary, findings };
}

/**
 * Kính gửi: the bodies named by the receiving body's own deadline for the year (seed 001: "Thường trực Đảng ủy; Ban
 * Tuyên giáo và Dân vận Tỉnh ủy", the 05/12 yearly report), for the yearly report; otherwise the plan's
 * `noi_nhan_bao_cao` (seed 003: "báo cáo Sở Nội vụ và Ủy ban nhân dân thị xã"), else its issuer, the body that asked
 * for the reports.
 */
function recipientsOf(plan: Plan, period: ReportPeriod, year: number): string[] {
  const own = ownDeadlines(plan, year).filter(
    (d) => d.receiver && (d.reportPeriod === undefined ? period === 'ca-nam' : d.reportPeriod === period),
  );
  const named = own.flatMap((d) => (d.receiver ?? '').split(/\s*;\s*/)).filter(Boolean);
  return named.length > 0 ? [...new Set(named)] : (plan.reportAddressees ?? [plan.issuer]);
}

/**
 * The report with the errors the merge found in its file (`diagnostics`: those located in it); a report whose
 * structure is wrong keeps no content.
 */
function withDefects(report: UnitPeriodReport, diagnostics: readonly Diagnostic[]): UnitPeriodReport {
  const defects = [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))];
  if (defects.length === 0) return report;
  if (!withholdsContent(defects)) return { ...report, defects };
  const { deliveredOn } = report;
  return {
    unit: report.unit,
    file: report.file,
    ...(deliveredOn ? { deliveredOn } : {}),
    groups: [],
    models: [],
    defects,
    withheld: true,
  };
}

/**
 * A model's name by unit and code: the register's (latest registration), else the latest registration merged. Both
 * lists are read once into a map, not scanned for every model every report names.
 */
function modelNames(c: Consolidation): (unit: string, code: string) => string | undefined {
  const key = (unit: string, code: string) => `${unit}\u0000${code}`;
  const merged = new Map(c.models.flatMap((m) => (m.modelCode ? [[key(m.unit, m.modelCode), m.name] as const] : [])));
  // The register's first entry for a code wins, as a find() over it would.
  const registered = new Map([...(c.modelRegister ?? [])].reverse().map((m) => [key(m.unit, m.code), m.name] as const));
  return (unit, code) => registered.get(key(unit, code)) ?? merged.get(key(unit, code));
}
