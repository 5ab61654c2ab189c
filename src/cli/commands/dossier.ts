import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { argumentProblem } from '../help-vi.js';
import type { Command } from 'commander';
import { staleCopies } from '../../app/render-task.js';
import { statOrUndefined } from '../../io/discover.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { chooseTemplates } from '../templates-choice.js';
import { parseFormats, resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';
import type { OutputFormat } from '../../app/render-task.js';
import { refuseOtherKinds } from '../input-kinds.js';

interface DossierOptions {
  plan?: string;
  out: string;
  unit?: string[];
  force?: boolean;
  allowIncomplete?: boolean;
  jobs?: number;
  format: OutputFormat[];
  templates?: string;
  nguoiKy?: string;
  chucVu?: string;
  thamQuyen?: string;
  capBac?: string;
}

// Digits only: Number() would also take "1e1", "0x2", "+3" or " 2".
const parseJobs = (value: string): number => {
  const jobs = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new InvalidArgumentError(argumentProblem('cần một số nguyên từ 1 đến 64.', 'a whole number from 1 to 64.'));
  return jobs;
};

export function registerDossier(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('dossier')
    .description(
      'Lập hồ sơ theo Nghị định 30 (PDF và bản Word sửa được): Tờ trình kèm Phụ lục danh sách đề nghị khen thưởng của từng đơn vị',
    )
    .argument('<đường_dẫn...>', 'tệp tổng hợp .json (danvan merge) hoặc hộp thư hồ sơ')
    .option('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn (khi đọc hộp thư)')
    .requiredOption('-o, --out <thư_mục>', 'thư mục ghi các tệp PDF')
    .option('-u, --unit <mã,mã>', 'chỉ lập cho các đơn vị này (mã cách nhau bằng dấu phẩy)', (value: string) =>
      value
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean),
    )
    .option('--force', 'ghi đè tệp đã có')
    .option('--allow-incomplete', 'vẫn lập hồ sơ còn thiếu thành phần, đánh dấu rõ phần thiếu')
    .option(
      '-j, --jobs <số>',
      'số luồng vẽ song song (mặc định: một luồng cho mỗi 40 đơn vị; không quá số nhân của máy và số đơn vị)',
      parseJobs,
    )
    .option('-f, --format <pdf,docx>', 'định dạng: pdf (in, ký, bộ hồ sơ), docx (bản Word sửa được)', parseFormats, [
      'pdf',
      'docx',
    ])
    .option('--nguoi-ky <họ_tên>', 'người ký Tờ trình tổng hợp của cơ quan tiếp nhận (thay người ký trong kế hoạch)')
    .option('--chuc-vu <chức_vụ>', 'chức vụ người ký Tờ trình tổng hợp, ví dụ "Giám đốc"')
    .option('--tham-quyen <dòng>', 'dòng thẩm quyền của người ký, ví dụ "KT. GIÁM ĐỐC"')
    .option('--cap-bac <cấp_bậc>', 'cấp bậc in trước họ tên người ký, nếu có')
    .option('-t, --templates <thư_mục>', 'thư mục mẫu lời văn riêng (mặc định: thư mục mau-van-ban/ cạnh tệp kế hoạch)')
    .action(async (paths: string[], options: DossierOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ loadConsolidation }, { buildDossiers }, ui] = await Promise.all([
        import('../load-consolidation.js'),
        import('../../app/build-dossiers.js'),
        import('../../messages/ui.js'),
      ]);
      refuseOtherKinds(paths, 'dataset');
      const outDir = resolve(io.cwd, options.out);
      const settings = validateSettings(globals, io, { plan: options.plan });
      const consolidation = await loadConsolidation(paths, io, settings);
      // Progress only for a person watching: a terminal on stderr, not piped, not CI.
      const showProgress = io.stderrIsTTY && !io.env.CI;
      const started = io.now();
      // Ctrl-C: the units being drawn are finished and written whole, no other is started, and the run says so.
      const interrupt = new AbortController();
      const release = io.onInterrupt?.(() => interrupt.abort());
      const run = await buildDossiers(consolidation, outDir, {
        signal: interrupt.signal,
        units: options.unit ?? [],
        force: options.force ?? false,
        allowIncomplete: options.allowIncomplete ?? false,
        today: settings.today,
        ...(options.jobs ? { jobs: options.jobs } : {}),
        formats: options.format,
        ...(options.nguoiKy
          ? {
              summarySigner: {
                name: options.nguoiKy,
                ...(options.chucVu ? { title: options.chucVu } : {}),
                ...(options.thamQuyen ? { authority: options.thamQuyen } : {}),
                ...(options.capBac ? { rank: options.capBac } : {}),
              },
            }
          : {}),
        templatesDir: await chooseTemplates(io, lang, consolidation, options.templates, paths),
        ...(showProgress
          ? {
              onProgress: (done: number, total: number) =>
                io.stderr(ui.renderProgress(done, total, io.now() - started, lang)),
            }
          : {}),
      });
      release?.();
      if (showProgress) io.stderr('\r\u001b[K');
      for (const finding of run.findings) io.stderr(ui.findingLine(finding, lang));
      io.stderr(ui.rejectedLines(consolidation.sources, lang));
      for (const r of run.refusals) io.stderr(ui.dossierRefused(r.unit, r.unitName, r.reasons, lang));
      if (run.proposals === 0 && !run.templatesUnreadable) io.stderr(ui.noProposals(options.unit ?? [], lang));
      if (consolidation.totals.errors > 0) io.stderr(ui.inputErrors(consolidation.totals.errors, lang));
      for (const path of run.written) io.stdout(ui.fileWritten(path, lang));
      io.stderr(
        ui.staleCopiesNote(
          staleCopies(run.written, options.format, (path) => statOrUndefined(path) !== undefined),
          lang,
        ),
      );
      io.stdout(ui.dossierSummary(run.units, run.refused, run.written.length, io.now() - started, lang));
      if (run.interrupted) {
        io.stderr(ui.dossierInterrupted(run.units, run.proposals - run.units - run.refused, lang));
        return setExitCode(130);
      }
      const failed = run.findings.some(ui.isError) || run.proposals === 0;
      setExitCode(failed || consolidation.totals.errors > 0 ? 1 : 0);
    });
}
