import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { useColor } from '../io.js';
import { resolveLang, validateSettings } from '../options.js';
import type { GlobalOptions } from '../options.js';

interface SchemaOptions {
  plan: string;
  out: string;
  force?: boolean;
}

export function registerSchema(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('schema')
    .description(
      'Tạo mẫu JSON Schema bản đăng ký và báo cáo riêng cho một kế hoạch (mã đơn vị, lĩnh vực, chỉ tiêu) cho trình soạn thảo',
    )
    .argument('[danh_mục...]', 'tệp danh mục đơn vị (để liệt kê mã đơn vị và chỉ tiêu từng nhóm)')
    .requiredOption('-p, --plan <kế_hoạch>', 'tệp kế hoạch hoặc mã kế hoạch có sẵn')
    .requiredOption('-o, --out <thư_mục>', 'thư mục ghi các tệp .schema.json')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (registries: string[], options: SchemaOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ writePlanSchemas }, { loadFormatter }, { schemaWritten }, { ensureOutputFolder }] = await Promise.all([
        import('../../app/write-plan-schemas.js'),
        import('../../report/index.js'),
        import('../../messages/ui.js'),
        import('../../io/output-guard.js'),
      ]);
      await ensureOutputFolder(resolve(io.cwd, options.out));
      const { validation, written } = await writePlanSchemas(
        registries,
        resolve(io.cwd, options.out),
        options.force ?? false,
        { ...validateSettings(globals, io), plan: options.plan },
      );
      if (written.length === 0) {
        const readSource = (file: string) => validation.texts.get(file);
        const stylish = await loadFormatter('stylish');
        io.stdout(stylish(validation.report, { color: useColor(io), lang, readSource }));
        setExitCode(1);
        return;
      }
      io.stdout(written.map((path) => schemaWritten(path, lang)).join(''));
      setExitCode(0);
    });
}
