import type { Command } from 'commander';
import { UsageError } from '../../diagnostics/usage-error.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveLang, resolveToday } from '../options.js';
import type { GlobalOptions } from '../options.js';

interface InitOptions {
  plan?: string;
  unit: string;
  unitName: string;
  contact?: string;
  phone?: string;
  force?: boolean;
}

/** The only command that may prompt, and only on a TTY; with --plan it asks nothing. */
export function registerInit(program: Command, io: Io, setExitCode: (code: ExitCode) => void): void {
  program
    .command('init')
    .description('Tạo thư mục làm việc cho một kế hoạch: kế hoạch, danh mục đơn vị mẫu, một bản đăng ký mẫu')
    .argument('[thư_mục]', 'thư mục sẽ tạo')
    .option('-p, --plan <kế_hoạch>', 'mã kế hoạch có sẵn (xem: danvan plans) hoặc tệp kế hoạch')
    .option('--unit <mã>', 'mã đơn vị', '001')
    .option('--unit-name <tên>', 'tên đơn vị', 'Tên đơn vị (sửa lại)')
    .option('--contact <họ_tên>', 'người liên hệ')
    .option('--phone <số>', 'điện thoại người liên hệ')
    .option('--force', 'ghi đè tệp đã có')
    .action(async (dir: string | undefined, options: InitOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(globals, io);
      const [{ initFolder, ANSWER_CHECKS }, { listPresetPlans }, { initDone, PROMPT_KEY_HINTS }] = await Promise.all([
        import('../../app/init-folder.js'),
        import('../../app/list-plans.js'),
        import('../../messages/ui.js'),
      ]);
      let answers;
      if (options.plan !== undefined) {
        if (dir === undefined)
          throw new UsageError('bad-option', lang === 'vi' ? 'thiếu <thư_mục>' : 'missing <directory>');
        answers = {
          plan: options.plan,
          dir,
          unitCode: options.unit,
          unitName: options.unitName,
          contactName: options.contact,
          phone: options.phone,
        };
      } else {
        if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new UsageError('no-tty', 'danvan init --plan <mã> <thư_mục>');
        const plans = await listPresetPlans(io.cwd);
        const check = (rule: (value: string, lang: 'vi' | 'en') => true | string) => (value: string) =>
          rule(value, lang);
        const asked = await io.prompt([
          {
            name: 'plan',
            message: 'Kế hoạch',
            keyHints: PROMPT_KEY_HINTS[lang],
            choices: plans.map((p) => ({ name: `${p.id} — ${p.issuer}`, value: p.id })),
          },
          {
            name: 'dir',
            message: 'Thư mục làm việc',
            default: dir ?? 'ho-so',
            validate: check(ANSWER_CHECKS.required),
          },
          { name: 'unitCode', message: 'Mã đơn vị', default: options.unit, validate: check(ANSWER_CHECKS.unitCode) },
          { name: 'unitName', message: 'Tên đơn vị', validate: check(ANSWER_CHECKS.required) },
          { name: 'contactName', message: 'Người liên hệ (có thể bỏ trống)' },
          { name: 'phone', message: 'Điện thoại (có thể bỏ trống)', validate: check(ANSWER_CHECKS.phone) },
        ]);
        answers = {
          plan: asked.plan ?? '',
          dir: asked.dir ?? 'ho-so',
          unitCode: (asked.unitCode ?? '').trim(),
          unitName: (asked.unitName ?? '').trim(),
          contactName: asked.contactName || undefined,
          phone: asked.phone || undefined,
        };
      }
      const written = await initFolder(answers, io.cwd, resolveToday(globals, io), options.force ?? false);
      io.stdout(initDone(written, answers.dir, lang));
      setExitCode(0);
    });
}
