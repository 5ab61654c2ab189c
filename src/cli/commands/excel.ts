import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { chooseTemplates } from '../templates-choice.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';
import { refuseOtherKinds } from '../input-kinds.js';

interface ExcelOptions {
  plan?: string;
  out: string;
  force?: boolean;
  preparedBy?: string;
  signer?: string;
  signerTitle?: string;
  templates?: string;
}

export function registerExcel(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('excel')
    .description(
      'Lập bảng tổng hợp Excel (.xlsx): tổng hợp, danh sách tập thể, cá nhân, chấm điểm, đề nghị khen thưởng, lỗi',
    )
    .argument('<đường_dẫn...>', 'tệp tổng hợp .json (danvan merge) hoặc hộp thư hồ sơ')
    .option('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn (khi đọc hộp thư)')
    .requiredOption('-o, --out <tệp>', 'tệp .xlsx sẽ ghi')
    .option('--force', 'ghi đè tệp đã có')
    .option('--prepared-by <họ_tên>', 'họ tên người lập biểu (in ở khu vực ký)')
    .option('--signer <họ_tên>', 'họ tên thủ trưởng đơn vị ký bảng tổng hợp')
    .option('--signer-title <chức_vụ>', 'chức danh người ký (mặc định "Thủ trưởng đơn vị")')
    .option(
      '-t, --templates <thư_mục>',
      'thư mục mẫu lời văn riêng, cho tên các kết quả rà soát (mặc định: mau-van-ban/ cạnh tệp kế hoạch)',
    )
    .action(async (paths: string[], options: ExcelOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [
        { renderExcel },
        { loadConsolidation },
        { writeOutputAtomic },
        { checkOutputFile },
        { sampleRubrics },
        ui,
      ] = await Promise.all([
        import('../../app/excel-export.js'),
        import('../load-consolidation.js'),
        import('../../io/write-output.js'),
        import('../../io/output-guard.js'),
        import('../../app/sample-rubrics.js'),
        import('../../messages/ui.js'),
      ]);
      refuseOtherKinds(paths, 'dataset');
      const consolidation = await loadConsolidation(paths, io, validateSettings(globals, io, { plan: options.plan }));
      const out = resolve(io.cwd, options.out);
      checkOutputFile(
        out,
        '.xlsx',
        'tong-hop.xlsx',
        paths.map((path) => resolve(io.cwd, path)),
      );
      const { preparedBy, signer, signerTitle } = options;
      const templatesDir = await chooseTemplates(io, lang, consolidation, options.templates, paths);
      const { xlsx, findings } = await renderExcel(consolidation, { preparedBy, signer, signerTitle }, templatesDir);
      for (const finding of findings) io.stderr(ui.findingLine(finding, lang));
      // The campaign's wording cannot be read: no workbook names the outcomes otherwise than the report would.
      if (!xlsx) {
        setExitCode(1);
        return;
      }
      await writeOutputAtomic(out, xlsx, options.force ?? false);
      io.stdout(ui.fileWritten(options.out, lang));
      io.stderr(ui.rejectedLines(consolidation.sources, lang));
      for (const finding of sampleRubrics(consolidation, 'excel/sample-rubric'))
        io.stderr(ui.findingLine(finding, lang));
      setExitCode(consolidation.totals.errors > 0 ? 1 : 0);
    });
}
