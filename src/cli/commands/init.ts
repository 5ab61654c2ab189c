import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { InitOptions } from '../init-answers.js';
import type { Io } from '../io.js';
import { resolveLang, resolveToday } from '../options.js';
import type { GlobalOptions } from '../options.js';

/** The only command that may prompt, and only on a TTY for what the options leave out. */
export function registerInit(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('init')
    .description('Tạo thư mục làm việc cho một kế hoạch: kế hoạch, danh mục đơn vị mẫu, một bản đăng ký mẫu')
    .argument('[thư_mục]', 'thư mục sẽ tạo')
    .option('-p, --plan <kế_hoạch>', 'mã kế hoạch có sẵn (xem: danvan plans) hoặc tệp kế hoạch')
    .option(
      '--unit <mã>',
      'mã đơn vị (mã số được thêm số 0 ở đầu cho đủ độ dài mã của kế hoạch; mặc định 1, tức 001 hoặc 01)',
    )
    .option('--unit-name <tên>', 'tên đơn vị (bắt buộc)')
    .option(
      '--unit-type <loại>',
      'loại đơn vị (loai_don_vi) trong kế hoạch, quyết định chỉ tiêu; bắt buộc khi kế hoạch có nhiều loại',
    )
    .option('--contact <họ_tên>', 'người liên hệ')
    .option('--phone <số>', 'điện thoại người liên hệ')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (dir: string | undefined, options: InitOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ initFolder }, { gatherInitAnswers }, { initDone }] = await Promise.all([
        import('../../app/init-folder.js'),
        import('../init-answers.js'),
        import('../../messages/ui.js'),
      ]);
      const { init, answers } = await gatherInitAnswers(dir, options, io, lang);
      const result = await initFolder(answers, init, io.cwd, resolveToday(globals, io), options.force ?? false);
      const summary = { ...result, files: result.written, folder: answers.dir, typedCode: answers.unitCode };
      io.stdout(initDone({ ...summary, unitName: answers.unitName }, lang));
      setExitCode(0);
    });
}
