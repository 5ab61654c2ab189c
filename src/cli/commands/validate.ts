import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { useColor } from '../io.js';
import { parseCount, parsePositive, resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';

interface ValidateOptions {
  format: 'stylish' | 'json' | 'junit';
  maxWarnings?: number;
  maxFileSize: number;
  plan?: string;
}

// Registered with program.command() so exitOverride/configureOutput are inherited.
export function registerValidate(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('validate')
    .description('Kiểm tra các tệp hồ sơ theo mẫu và đối chiếu giữa các tệp (mã đơn vị, hồ sơ trùng)')
    .argument('<đường_dẫn...>', 'tệp, thư mục (quét cả thư mục con) hoặc mẫu như "hop-thu/**/*.yaml"')
    .addOption(
      new Option('-f, --format <định_dạng>', 'định dạng kết quả')
        .choices(['stylish', 'json', 'junit'])
        .default('stylish'),
    )
    .option(
      '-p, --plan <kế_hoạch>',
      'tệp kế hoạch hoặc mã kế hoạch có sẵn (xem: danvan plans); mặc định: tệp kế hoạch trong các đường dẫn',
    )
    .option('--max-warnings <n>', 'coi là thất bại nếu số cảnh báo vượt quá n', parseCount)
    .option('--max-file-size <MB>', 'từ chối tệp lớn hơn số MB này', parsePositive, 5)
    .action(async (paths: string[], options: ValidateOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      // Lazy: keeps ajv and the formatters out of `danvan --help`.
      const [{ validatePaths }, { loadFormatter }, { tooManyWarningsLine }] = await Promise.all([
        import('../../app/validate-files.js'),
        import('../../report/index.js'),
        import('../../messages/ui.js'),
      ]);
      const { report, texts } = await validatePaths(
        paths,
        validateSettings(globals, io, { plan: options.plan, maxFileSize: options.maxFileSize }),
      );
      const readSource = (file: string) => texts.get(file);
      const format = await loadFormatter(options.format);
      io.stdout(format(report, { color: useColor(io), lang, readSource }));
      const tooManyWarnings = options.maxWarnings !== undefined && report.totals.warnings > options.maxWarnings;
      if (tooManyWarnings) io.stderr(tooManyWarningsLine(report.totals.warnings, options.maxWarnings ?? 0, lang));
      setExitCode(report.totals.errors > 0 || tooManyWarnings ? 1 : 0);
    });
}
