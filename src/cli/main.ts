import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../diagnostics/usage-error.js';
import { OutputExistsError } from '../io/output-exists-error.js';
import { OutputError } from '../io/output-error.js';
import { forgetInputsRead } from '../io/inputs-read.js';
import { unexpectedErrorBanner, usageMessage } from '../messages/usage.js';
import { VietnameseHelp, commanderError, langOfArgv } from './help-vi.js';
import type { Io } from './io.js';
import { PromptInterrupted } from './io.js';
import { parseDateOption, resolveLang } from './options.js';
import type { GlobalOptions } from './options.js';
import { registerDossier } from './commands/dossier.js';
import { registerExcel } from './commands/excel.js';
import { registerForm } from './commands/form.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerMerge } from './commands/merge.js';
import { registerPlans } from './commands/plans.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerScore } from './commands/score.js';
import { registerStatus } from './commands/status.js';
import { registerTemplates } from './commands/templates.js';
import { registerValidate } from './commands/validate.js';

import type { ExitCode } from './exit-code.js';

export type { ExitCode } from './exit-code.js';

const PACKAGE_VERSION = '0.1.0';

/** Every subcommand inherits the Vietnamese help frame. */
class DanvanCommand extends Command {
  override createCommand(name?: string): Command {
    return new DanvanCommand(name);
  }

  override createHelp(): VietnameseHelp {
    return new VietnameseHelp();
  }
}

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exitCode: ExitCode = 0;
  forgetInputsRead();
  const setExitCode = (code: ExitCode) => {
    exitCode = code;
  };
  const program = new DanvanCommand('danvan')
    .description('Công cụ kiểm tra, tổng hợp, chấm điểm và lập hồ sơ khen thưởng phong trào "Dân vận khéo".')
    .version(PACKAGE_VERSION, '-V, --version', 'hiển thị phiên bản')
    .helpOption('-h, --help', 'hiển thị trợ giúp')
    .helpCommand('help [lệnh]', 'hiển thị trợ giúp cho một lệnh')
    .addOption(new Option('--lang <ngôn ngữ>', 'ngôn ngữ thông báo (hoặc biến DANVAN_LANG)').choices(['vi', 'en']))
    .option('--today <ngày>', 'ngày "hôm nay" dùng để xét hạn (hoặc biến DANVAN_TODAY)', parseDateOption)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(commanderError(text, langOfArgv(argv, io.env))),
    });
  registerValidate(program, io, setExitCode);
  registerStatus(program, io, setExitCode);
  registerScore(program, io, setExitCode);
  registerMerge(program, io, setExitCode);
  registerExcel(program, io, setExitCode);
  registerDossier(program, io, setExitCode);
  registerForm(program, io, setExitCode);
  registerImport(program, io, setExitCode);
  registerTemplates(program, io, setExitCode);
  registerReport(program, io, setExitCode);
  registerPlans(program, io, setExitCode);
  registerSchema(program, io, setExitCode);
  registerInit(program, io, setExitCode);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // --help, --version, bad flags
    if (error instanceof PromptInterrupted) {
      io.stderr('\n'); // the prompt line was left open
      return 130;
    }
    const lang = resolveLang(program.opts<GlobalOptions>(), io);
    if (error instanceof UsageError) {
      io.stderr(`danvan: ${usageMessage(error.reason, error.detail, lang)}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      const detail =
        error.problem === 'is-folder'
          ? `${error.path}\u0000${error.example}`
          : error.detail
            ? `${error.path} (${error.detail})`
            : error.path;
      io.stderr(`danvan: ${usageMessage(`output-${error.problem}`, detail, lang)}\n`);
      return 2;
    }
    if (error instanceof OutputExistsError) {
      io.stderr(`danvan: ${usageMessage('output-exists', error.path, lang)}\n`);
      return 2;
    }
    const failed = fileSystemFailure(error);
    if (failed) {
      io.stderr(`danvan: ${usageMessage('file-system', failed, lang)}\n`);
      return 2;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`danvan: ${unexpectedErrorBanner(lang)}\n${stack}\n`);
    return 2;
  }
}

// A node file-system error that reached here unforeseen (ENOTDIR, EISDIR, ENOENT, EACCES…) still names its path.
function fileSystemFailure(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof path === 'string'
    ? `${path} (${code})`
    : undefined;
}
