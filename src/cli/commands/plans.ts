import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveLang } from '../options.js';
import type { GlobalOptions } from '../options.js';

export function registerPlans(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('plans')
    .description('Liệt kê các kế hoạch có sẵn (dùng với --plan <mã>) kèm cơ quan ban hành, số hiệu, ngày')
    .addOption(new Option('-f, --format <định_dạng>', 'định dạng kết quả').choices(['table', 'json']).default('table'))
    .action(async (options: { format: 'table' | 'json' }, command: Command) => {
      const lang = resolveLang(command.optsWithGlobals<GlobalOptions>(), io);
      const [{ listPresetPlans }, { formatPlansJson, formatPlansTable }] = await Promise.all([
        import('../../app/list-plans.js'),
        import('../../report/plans.js'),
      ]);
      const plans = await listPresetPlans(io.cwd);
      io.stdout(options.format === 'json' ? formatPlansJson(plans) : formatPlansTable(plans, lang));
      setExitCode(0);
    });
}
