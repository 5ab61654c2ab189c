import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveLang } from '../options.js';
import { holdsPlanFile } from '../../io/discover.js';
import type { GlobalOptions } from '../options.js';

export function registerTemplates(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('templates')
    .description(
      'Chép các mẫu lời văn hồ sơ (Tờ trình, Biên bản, Báo cáo, Bản chấm điểm) vào thư mục mau-van-ban/ cạnh kế hoạch để sửa; ' +
        'danvan dossier dùng mẫu trong mau-van-ban/ thay cho mẫu có sẵn cùng tên',
    )
    .argument('[thư_mục]', 'thư mục chứa tệp kế hoạch (mặc định: thư mục hiện tại)', '.')
    .option('--force', 'ghi đè mẫu đã có trong mau-van-ban/')
    .action(async (folder: string, options: { force?: boolean }, command: Command) => {
      const lang = resolveLang(command.optsWithGlobals<GlobalOptions>(), io);
      const [{ copyShippedTemplates }, ui] = await Promise.all([
        import('../../app/dossier-templates.js'),
        import('../../messages/ui.js'),
      ]);
      const target = resolve(io.cwd, folder);
      const written = await copyShippedTemplates(target, options.force ?? false);
      for (const path of written) io.stdout(ui.fileWritten(path, lang));
      // A mistyped folder, or one of the campaign's kinds (de-nghi/), gets a mau-van-ban/ no run finds by itself: said.
      if (await holdsPlanFile(target)) io.stdout(ui.templatesCopied(target, lang));
      else io.stderr(ui.templatesWithoutPlan(target, lang));
      setExitCode(0);
    });
}
