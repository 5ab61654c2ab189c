import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { useColor } from '../io.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';

interface FormOptions {
  plan: string;
  kind: string;
  out: string;
  unit?: string;
  force?: boolean;
}

const KIND_CHOICES = ['dang-ky', 'bao-cao', 'cham-diem', 'bien-ban', 'de-nghi-khen-thuong'];

export function registerForm(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('form')
    .description('Tạo biểu mẫu Excel (.xlsx) cho đơn vị điền thay cho YAML: một loại hồ sơ của một kế hoạch')
    .argument('[danh_mục...]', 'tệp danh mục đơn vị (để có danh sách chọn mã đơn vị)')
    .requiredOption('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn')
    .addOption(
      new Option('-k, --kind <loại>', 'loại hồ sơ')
        .choices([...KIND_CHOICES, 'registration', 'report', 'score-sheet', 'meeting', 'award-proposal'])
        .makeOptionMandatory(),
    )
    .requiredOption('-o, --out <tệp.xlsx>', 'tệp biểu mẫu sẽ ghi')
    .option('-u, --unit <mã>', 'lập biểu mẫu cho một đơn vị (điền sẵn mã, tên và chỉ tiêu của đơn vị; cần danh mục)')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (registries: string[], options: FormOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ makeForm, FORM_KINDS }, { checkOutputFile }, { loadFormatter }, ui] = await Promise.all([
        import('../../app/make-form.js'),
        import('../../io/output-guard.js'),
        import('../../report/index.js'),
        import('../../messages/ui.js'),
      ]);
      const kind = FORM_KINDS[options.kind] ?? 'dang-ky';
      const settings = { ...validateSettings(globals, io), plan: options.plan };
      const out = resolve(io.cwd, options.out);
      const given = [...registries, options.plan].map((path) => resolve(io.cwd, path));
      checkOutputFile(out, '.xlsx', `bieu-mau-${options.kind}.xlsx`, given);
      const force = options.force ?? false;
      const { validation, written } = await makeForm(registries, kind, out, force, settings, options.unit);
      if (!written) {
        const stylish = await loadFormatter('stylish');
        const readSource = (file: string) => validation.texts.get(file);
        io.stdout(stylish(validation.report, { color: useColor(io), lang, readSource }));
        setExitCode(1);
        return;
      }
      io.stdout(ui.fileWritten(options.out, lang));
      setExitCode(0);
    });
}
