import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { useColor } from '../io.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';
import { refuseOtherKinds } from '../input-kinds.js';

interface MergeOptions {
  plan?: string;
  out: string;
  force?: boolean;
}

export function registerMerge(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('merge')
    .description(
      'Gộp hồ sơ các đơn vị thành một tệp tổng hợp (bản mới nhất có hiệu lực, phát hiện trùng giữa các đơn vị)',
    )
    .argument('<đường_dẫn...>', 'hộp thư (thư mục, tệp, mẫu tên tệp) và/hoặc tệp tổng hợp .json lần trước')
    .option('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn')
    .requiredOption('-o, --out <tệp>', 'tệp tổng hợp sẽ ghi (JSON)')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (paths: string[], options: MergeOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [
        { mergeCampaign },
        { readConsolidation },
        { writeChunksAtomic },
        { checkOutputFile },
        { consolidationJson },
        { loadFormatter },
        ui,
      ] = await Promise.all([
        import('../../app/merge-campaign.js'),
        import('../../io/read-consolidation.js'),
        import('../../io/write-output.js'),
        import('../../io/output-guard.js'),
        import('../../app/consolidation.js'),
        import('../../report/index.js'),
        import('../../messages/ui.js'),
      ]);
      refuseOtherKinds(paths, 'inbox');
      const isPrevious = (path: string) => path.toLowerCase().endsWith('.json');
      const previous = paths.filter(isPrevious).map((path) => readConsolidation(resolve(io.cwd, path)));
      // Progress only for a person watching: a terminal on stderr, not piped, not CI.
      const showProgress = io.stderrIsTTY && !io.env.CI;
      const onProgress = (done: number, total: number) => {
        if (showProgress && (done % 50 === 0 || done === total)) io.stderr(ui.progressLine(done, total, lang));
      };
      const { consolidation, validation, unreadable } = await mergeCampaign(
        paths.filter((path) => !isPrevious(path)),
        previous,
        { ...validateSettings(globals, io, { plan: options.plan }), onProgress },
      );
      if (showProgress) io.stderr('\r\u001b[K');
      const out = resolve(io.cwd, options.out);
      const inputs = [...paths, ...validation.report.files].map((path) => resolve(io.cwd, path));
      checkOutputFile(
        out,
        '.json',
        'tong-hop.json',
        options.plan ? [...inputs, resolve(io.cwd, options.plan)] : inputs,
      );
      await writeChunksAtomic(out, consolidationJson(consolidation), options.force ?? false);
      const stylish = await loadFormatter('stylish');
      io.stdout(
        // No code frames: a province's inbox can hold thousands of findings, and the dataset keeps them all.
        stylish(validation.report, { color: useColor(io), lang, readSource: () => undefined }),
      );
      io.stdout(ui.rejectedLines([...consolidation.sources, ...unreadable], lang));
      io.stdout(ui.mergeWritten(options.out, consolidation.totals, lang));
      setExitCode(validation.report.totals.errors > 0 ? 1 : 0);
    });
}
