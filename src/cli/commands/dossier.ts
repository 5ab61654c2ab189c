import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ExitCode } from '../main.js';
import type { Io } from '../io.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';
import { refuseOtherKinds } from '../input-kinds.js';

interface DossierOptions {
  plan?: string;
  out: string;
  unit?: string[];
  force?: boolean;
  allowIncomplete?: boolean;
}

export function registerDossier(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('dossier')
    .description('Lập hồ sơ PDF theo Nghị định 30: Tờ trình kèm Phụ lục danh sách đề nghị khen thưởng của từng đơn vị')
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
    .action(async (paths: string[], options: DossierOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ consolidationFor }, { buildDossiers }, { readConsolidation }, { ensureOutputFolder }, ui] =
        await Promise.all([
          import('../../app/excel-export.js'),
          import('../../app/build-dossiers.js'),
          import('../../io/read-consolidation.js'),
          import('../../io/output-guard.js'),
          import('../../messages/ui.js'),
        ]);
      refuseOtherKinds(paths, 'dataset');
      const outDir = resolve(io.cwd, options.out);
      await ensureOutputFolder(outDir); // before any work: "--out README.md" is refused at once
      const isPrevious = (path: string) => path.toLowerCase().endsWith('.json');
      const previous = paths.filter(isPrevious).map((path) => readConsolidation(resolve(io.cwd, path)));
      const settings = validateSettings(globals, io, { plan: options.plan });
      const consolidation = await consolidationFor(
        paths.filter((p) => !isPrevious(p)),
        previous,
        settings,
      );
      const run = await buildDossiers(
        consolidation,
        outDir,
        options.unit ?? [],
        options.force ?? false,
        options.allowIncomplete ?? false,
        settings.today,
      );
      for (const problem of run.problems)
        io.stderr(ui.templateProblem(problem.template, problem.placeholders, problem.unit, lang));
      for (const finding of run.findings) io.stderr(ui.findingLine(finding, lang));
      io.stderr(ui.rejectedLines(consolidation.sources, lang));
      for (const path of run.written) io.stdout(ui.fileWritten(path, lang));
      setExitCode(run.problems.length > 0 || run.findings.length > 0 || consolidation.totals.errors > 0 ? 1 : 0);
    });
}
