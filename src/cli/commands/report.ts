import { resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { argumentProblem } from '../help-vi.js';
import type { Command } from 'commander';
import { staleCopies } from '../../app/render-task.js';
import { statOrUndefined } from '../../io/discover.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { chooseTemplates } from '../templates-choice.js';
import { parseFormats, resolveLang, validateSettings } from '../options.js';
import type { OutputFormat } from '../../app/render-task.js';
import type { GlobalOptions } from '../options.js';
import { refuseOtherKinds } from '../input-kinds.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../messages/catalog.js';

interface ReportOptions {
  plan?: string;
  out: string;
  xlsx?: string;
  ky: '6-thang' | 'ca-nam';
  nam?: number;
  soHieu?: string;
  nguoiKy?: string;
  chucVu?: string;
  thamQuyen?: string;
  force?: boolean;
  format: OutputFormat[];
  templates?: string;
}

const parseYear = (value: string): number => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(argumentProblem('cần năm 4 chữ số.', 'a 4-digit year.'));
  return Number(value);
};

export function registerReport(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('report')
    .description('Lập báo cáo tổng hợp (PDF) của cơ quan tiếp nhận từ báo cáo 6 tháng hoặc năm của các đơn vị')
    .argument('<đường_dẫn...>', 'tệp tổng hợp .json (danvan merge) hoặc hộp thư hồ sơ')
    .option('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn (khi đọc hộp thư)')
    .requiredOption('-o, --out <tệp.pdf>', 'tệp PDF báo cáo tổng hợp')
    .option('--xlsx <tệp.xlsx>', 'ghi thêm các bảng của báo cáo (từng đơn vị, lĩnh vực, rà soát mô hình) ra tệp Excel')
    .addOption(new Option('-k, --ky <kỳ>', 'kỳ báo cáo').choices(['6-thang', 'ca-nam']).default('ca-nam'))
    .option('-n, --nam <năm>', 'năm báo cáo (mặc định: năm mới nhất có báo cáo của kỳ)', parseYear)
    .option('--so-hieu <số>', 'số, ký hiệu của báo cáo, ví dụ "45/BC-PNV" (bỏ trống để ghi tay)')
    .option('--nguoi-ky <họ_tên>', 'họ tên người ký')
    .option('--chuc-vu <chức_vụ>', 'chức vụ người ký, ví dụ "Trưởng phòng"')
    .option('--tham-quyen <dòng>', 'dòng thẩm quyền, ví dụ "KT. TRƯỞNG PHÒNG" hoặc "T/M BAN THƯỜNG VỤ"')
    .option('-f, --format <pdf,docx>', 'định dạng: pdf, docx hoặc pdf,docx', parseFormats, ['pdf', 'docx'])
    .option('--force', 'ghi đè tệp đã có')
    .option('-t, --templates <thư_mục>', 'thư mục mẫu lời văn riêng (mặc định: thư mục mau-van-ban/ cạnh tệp kế hoạch)')
    .action(async (paths: string[], options: ReportOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ loadConsolidation }, { writeConsolidatedReport }, { checkOutputFile }, ui] = await Promise.all([
        import('../load-consolidation.js'),
        import('../../app/consolidated-report.js'),
        import('../../io/output-guard.js'),
        import('../../messages/ui.js'),
      ]);
      refuseOtherKinds(paths, 'dataset');
      const settings = validateSettings(globals, io, { plan: options.plan });
      const consolidation = await loadConsolidation(paths, io, settings);
      // After reading: an input named as the output is said to be an input, whatever its extension.
      // --out names the PDF; a .docx-only run may name the .docx itself (docxPathOf keeps it).
      const out = resolve(io.cwd, options.out);
      const docxOnly = !options.format.includes('pdf') && /\.docx$/i.test(out);
      checkOutputFile(out, docxOnly ? '.docx' : '.pdf', 'bao-cao-tong-hop.pdf');
      if (options.xlsx) checkOutputFile(resolve(io.cwd, options.xlsx), '.xlsx', 'bao-cao-tong-hop.xlsx');
      const run = await writeConsolidatedReport(consolidation, {
        period: options.ky,
        ...(options.nam ? { year: options.nam } : {}),
        out,
        ...(options.xlsx ? { xlsx: resolve(io.cwd, options.xlsx) } : {}),
        force: options.force ?? false,
        ...(options.soHieu ? { number: options.soHieu } : {}),
        signer: {
          name: options.nguoiKy ?? '',
          ...(options.chucVu ? { title: options.chucVu } : {}),
          ...(options.thamQuyen ? { authority: options.thamQuyen } : {}),
        },
        today: settings.today,
        formats: options.format,
        templatesDir: await chooseTemplates(io, lang, consolidation, options.templates, paths),
      });
      // The inputs' errors, so a report listing a unit's defects, or exit 1, is never left unexplained.
      const errors = consolidation.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0)
        io.stderr(
          await printErrors(
            errors,
            consolidation.sources.map((source) => source.file),
            lang,
          ),
        );
      for (const finding of run.findings) io.stderr(ui.findingLine(finding, lang));
      for (const path of run.written) io.stdout(ui.fileWritten(path, lang));
      io.stderr(
        ui.staleCopiesNote(
          staleCopies(run.written, options.format, (path) => statOrUndefined(path) !== undefined),
          lang,
        ),
      );
      // The figures read as a report made; when nothing was written (its wording cannot be read), the errors above say why.
      if (run.written.length > 0) io.stdout(ui.consolidatedReportSummary(run.summary, lang));
      setExitCode(run.findings.some(ui.isError) || consolidation.totals.errors > 0 ? 1 : 0);
    });
}

async function printErrors(diagnostics: readonly Diagnostic[], files: readonly string[], lang: Lang): Promise<string> {
  const [{ loadFormatter }, { countTotals }] = await Promise.all([
    import('../../report/index.js'),
    import('../../diagnostics/diagnostic.js'),
  ]);
  const report = { diagnostics, totals: countTotals(diagnostics), files, skipped: [], unitRegistryMissing: false };
  return (await loadFormatter('stylish'))(report, { color: false, lang, readSource: () => undefined });
}
