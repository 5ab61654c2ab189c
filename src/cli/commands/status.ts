import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';

interface StatusOptions {
  format: 'table' | 'json';
  plan?: string;
}

export function registerStatus(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('status')
    .description('Tình hình từng đơn vị: đã nộp, thiếu, muộn, đúng chỉ tiêu hay chưa, và số ngày đến hạn kế tiếp')
    .argument('<đường_dẫn...>', 'thư mục hồ sơ (gồm danh mục đơn vị, và kế hoạch nếu không dùng --plan)')
    .option('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn')
    .addOption(new Option('-f, --format <định_dạng>', 'định dạng kết quả').choices(['table', 'json']).default('table'))
    .action(async (paths: string[], options: StatusOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ campaignStatus }, { formatStatusJson, formatStatusTable }] = await Promise.all([
        import('../../app/campaign-status.js'),
        import('../../report/status.js'),
      ]);
      const { status, planId, validation } = await campaignStatus(
        paths,
        validateSettings(globals, io, { plan: options.plan }),
      );
      io.stdout(
        options.format === 'json'
          ? formatStatusJson(status, planId)
          : formatStatusTable(status, lang, validation.totals.errors),
      );
      setExitCode(status.units.some((unit) => unit.overdue) ? 1 : 0);
    });
}
