import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';

interface ScoreOptions {
  format: 'table' | 'json';
  plan?: string;
}

export function registerScore(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('score')
    .description('Tổng hợp điểm: tự chấm, cấp trên chấm, chênh lệch, xếp loại và thứ hạng từng đơn vị')
    .argument('<đường_dẫn...>', 'thư mục hoặc tệp bản chấm điểm (và bộ tiêu chí, danh mục đơn vị nếu có)')
    .option('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn')
    .addOption(new Option('-f, --format <định_dạng>', 'định dạng kết quả').choices(['table', 'json']).default('table'))
    .action(async (paths: string[], options: ScoreOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ scoreCampaign }, { formatScoreJson, formatScoreTable }] = await Promise.all([
        import('../../app/score-campaign.js'),
        import('../../report/score.js'),
      ]);
      const { cards, templateRubrics, validation, sheetsWithErrors } = await scoreCampaign(
        paths,
        validateSettings(globals, io, { plan: options.plan }),
      );
      const errors = validation.totals.errors;
      const flagged = new Set(sheetsWithErrors);
      io.stdout(
        options.format === 'json'
          ? formatScoreJson(cards, templateRubrics, flagged)
          : formatScoreTable(cards, templateRubrics, errors, lang, flagged),
      );
      // A merge's output given by mistake has no score sheet to count: name it, or the table only says "0".
      for (const d of validation.diagnostics)
        if (d.ruleId === 'document/merged-dataset') io.stderr(`${d.file}: ${d.message}\n`);
      setExitCode(errors > 0 ? 1 : 0);
    });
}
