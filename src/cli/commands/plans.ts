import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveLang } from '../options.js';
import type { GlobalOptions } from '../options.js';
import { UsageError } from '../../diagnostics/usage-error.js';

export function registerPlans(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('plans')
    .description('Liệt kê các kế hoạch có sẵn (dùng với --plan <mã>) kèm cơ quan ban hành, số hiệu, ngày')
    .argument('[mã]', 'mã một kế hoạch: in từng quy định kèm câu trích từ văn bản gốc và các giả định')
    .addOption(new Option('-f, --format <định_dạng>', 'định dạng kết quả').choices(['table', 'json']).default('table'))
    .action(async (id: string | undefined, options: { format: 'table' | 'json' }, command: Command) => {
      const lang = resolveLang(command.optsWithGlobals<GlobalOptions>(), io);
      const [{ listPresetPlans }, { formatPlansJson, formatPlansTable }] = await Promise.all([
        import('../../app/list-plans.js'),
        import('../../report/plans.js'),
      ]);
      const plans = await listPresetPlans(io.cwd);
      if (id !== undefined) {
        const plan = plans.find((p) => p.id === id);
        if (!plan) throw new UsageError('bad-option', `${id} (${plans.map((p) => p.id).join(', ')})`);
        const [{ planRuleSources }, { formatPlanSources }] = await Promise.all([
          import('../../core/plan-sources.js'),
          import('../../report/plans.js'),
        ]);
        const rules = planRuleSources(plan);
        io.stdout(
          options.format === 'json'
            ? JSON.stringify({ version: 1, plan: plan.id, rules }, null, 2) + '\n'
            : formatPlanSources(plan, rules, lang),
        );
        setExitCode(0);
        return;
      }
      io.stdout(options.format === 'json' ? formatPlansJson(plans) : formatPlansTable(plans, lang));
      setExitCode(0);
    });
}
