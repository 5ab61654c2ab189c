import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { useColor } from '../io.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';
import { refuseOtherKinds } from '../input-kinds.js';

interface ImportOptions {
  plan?: string;
  kind?: string;
  out: string;
  force?: boolean;
}

export function registerImport(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('import')
    .description('Chuyển biểu mẫu Excel đơn vị đã điền (danvan form) thành tệp YAML, kiểm tra như validate')
    .argument('<tệp.xlsx...>', 'biểu mẫu đã điền, hoặc thư mục chứa chúng')
    .requiredOption('-o, --out <thư_mục>', 'thư mục ghi các tệp YAML')
    .option('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn (để kiểm tra theo kế hoạch)')
    .option(
      '-k, --kind <loại>',
      'chỉ nhận biểu mẫu loại này (dang-ky, bao-cao, cham-diem, bien-ban, de-nghi-khen-thuong)',
    )
    .option('--force', 'ghi đè tệp đã có')
    .action(async (paths: string[], options: ImportOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ importForms }, { FORM_KINDS }, { loadFormatter }, ui] = await Promise.all([
        import('../../app/import-forms.js'),
        import('../../app/make-form.js'),
        import('../../report/index.js'),
        import('../../messages/ui.js'),
      ]);
      refuseOtherKinds(paths, 'forms');
      const kind = options.kind === undefined ? undefined : (FORM_KINDS[options.kind] ?? options.kind);
      const settings = validateSettings(globals, io, { plan: options.plan });
      const out = resolve(io.cwd, options.out);
      const { validation, written } = await importForms(paths, out, options.force ?? false, settings, kind);
      const stylish = await loadFormatter('stylish');
      const readSource = (file: string) => validation.texts.get(file);
      io.stdout(stylish(validation.report, { color: useColor(io), lang, readSource }));
      for (const path of written) io.stdout(ui.fileWritten(path, lang));
      setExitCode(validation.report.totals.errors > 0 ? 1 : 0);
    });
}
