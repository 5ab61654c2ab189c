import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

// Issue 12, case 6: every output command, every awkward output path: a clear message, the right exit code, no trace.
const work = mkdtempSync(join(tmpdir(), 'danvan-outputs-'));
const inbox = join(work, 'hop-thu');
const dataset = join(work, 'tong-hop.json');
const existingFile = join(work, 'README.md');
const existingFolder = join(work, 'thu-muc');
// root ignores file modes; sysfs refuses new files even to root.
const unwritable = process.getuid?.() === 0 ? '/sys/danvan-khong-ghi-duoc' : join(work, 'chi-doc', 'con');

interface Command {
  name: string;
  /** argv with the output path last */
  args: (out: string) => string[];
  /** the output is a folder (dossier, schema, init) rather than a file */
  folder: boolean;
  /** an input of the command, as a path it might be told to write to */
  input: string;
  /** the exit code of a run that went as asked (dossier: this inbox proposes no award, said plainly, exit 1) */
  ok?: number;
  /** a folder output checked after the inputs are read, so naming an input is said to be that */
  readsFirst?: boolean;
}

const COMMANDS: Command[] = [
  { name: 'merge', args: (out) => ['merge', inbox, '--out', out], folder: false, input: join(inbox, 'dang-ky.yaml') },
  { name: 'excel', args: (out) => ['excel', dataset, '--out', out], folder: false, input: dataset },
  {
    name: 'dossier',
    args: (out) => ['dossier', dataset, '--out', out],
    folder: true,
    input: dataset,
    ok: 1,
    readsFirst: true,
  },
  {
    name: 'schema',
    args: (out) => ['schema', join(inbox, 'danh-muc-don-vi.yaml'), '--plan', 'vinh-long-2025', '--out', out],
    folder: true,
    input: join(inbox, 'danh-muc-don-vi.yaml'),
  },
  {
    name: 'report',
    args: (out) => ['report', inbox, '--plan', 'vinh-long-2025', '--format', 'pdf', '--out', out],
    folder: false,
    input: join(inbox, 'dang-ky.yaml'),
    ok: 1, // with the plan, this one-registration inbox is under its quota: reported, exit 1
  },
  {
    name: 'form',
    args: (out) => [
      'form',
      join(inbox, 'danh-muc-don-vi.yaml'),
      '--plan',
      'vinh-long-2025',
      '--kind',
      'dang-ky',
      '--out',
      out,
    ],
    folder: false,
    input: join(inbox, 'danh-muc-don-vi.yaml'),
  },
  { name: 'templates', args: (out) => ['templates', out], folder: true, input: join(inbox, 'danh-muc-don-vi.yaml') },
  {
    name: 'init',
    args: (out) => ['init', out, '--plan', 'vinh-chau-2025', '--unit-name', 'Phường 1', '--unit-type', 'ubnd-xa'],
    folder: true,
    input: dataset,
  },
];

async function run(args: string[]) {
  const io = fakeIo(work);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const noTrace = (text: string) => {
  expect(text).not.toContain('lỗi không mong đợi');
  expect(text).not.toMatch(/^\s+at /m);
};

beforeAll(async () => {
  cpSync(join(ROOT, 'test/fixtures/valid-registration'), inbox, { recursive: true });
  writeFileSync(existingFile, '# giữ nguyên\n');
  mkdirSync(existingFolder);
  if (process.getuid?.() !== 0) {
    mkdirSync(join(work, 'chi-doc'));
    chmodSync(join(work, 'chi-doc'), 0o555);
  }
  expect((await run(['merge', inbox, '--out', dataset])).code).toBe(0);
});

describe.each(COMMANDS)('$name --out …', (command) => {
  it('an existing file: refused, named, never changed, even with --force for a folder output', async () => {
    const r = await run(command.args(existingFile));
    expect(r.code).toBe(2);
    noTrace(r.err);
    expect(r.err).toContain(
      command.folder ? 'là một tệp, không phải thư mục' : `${existingFile} đã có; thêm --force để ghi đè`,
    );
    if (command.folder) expect((await run([...command.args(existingFile), '--force'])).code).toBe(2);
    expect(readFileSync(existingFile, 'utf8')).toBe('# giữ nguyên\n');
  });

  it('an existing folder: a file output says it is a folder, with or without --force', async () => {
    const r = await run([...command.args(existingFolder), '--force']);
    noTrace(r.err);
    if (command.folder) expect(r.code).toBe(command.ok ?? 0);
    else {
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${existingFolder} là một thư mục; hãy cho một tên tệp`);
      expect((await run(command.args(existingFolder))).err).not.toContain('--force');
    }
  });

  it('an unwritable folder: no permission, exit 2', async () => {
    const r = await run(command.args(command.folder ? unwritable : join(unwritable, 'ra.out')));
    expect(r.code).toBe(2);
    noTrace(r.err);
    expect(r.err).toContain('không có quyền ghi vào');
  });

  it('a path inside a missing folder: the folders are made', async () => {
    const out = join(work, `moi-${command.name}`, 'con', command.folder ? 'ket-qua' : 'ra.out');
    const r = await run(command.args(out));
    noTrace(r.err);
    expect(r.code).toBe(command.ok ?? 0);
    expect(existsSync(command.folder ? out : dirname(out))).toBe(true);
  });

  it('the output is one of the inputs: refused, the input untouched', async () => {
    const before = readFileSync(command.input);
    const r = await run([...command.args(command.input), '--force']);
    expect(r.code).toBe(2);
    noTrace(r.err);
    // A folder output named as a file the command has read is said to be its input; one it has not read yet, a file.
    expect(r.err).toMatch(
      command.folder && !command.readsFirst ? /là một tệp, không phải thư mục/ : /là tệp đầu vào của lệnh này/,
    );
    expect(readFileSync(command.input)).toEqual(before);
  });
});

// Issue 12: an output that is a file the command read — found inside an input folder, or the plan itself — is
// refused with or without --force, by every command that writes, and nothing else of the run is written either.
describe('an output that is a file read from an input folder or the plan', () => {
  const plan = join(work, 'ke-hoach-rieng.yaml');
  const registry = join(inbox, 'danh-muc-don-vi.yaml');
  const initArgs = ['--unit-name', 'Sở Nội vụ', '--unit-type', 'so-nganh'];
  beforeAll(() => cpSync(join(ROOT, 'templates/plans/vinh-long-2025.yaml'), plan));

  it.each([
    ['report, the plan found in the inbox', ['report', inbox, '--plan', plan, '--out', plan], plan],
    ['report, a registry inside the inbox', ['report', inbox, '--plan', plan, '--out', registry], registry],
    ['excel, a file inside the inbox', ['excel', inbox, '--plan', plan, '--out', registry], registry],
    ['form, the plan', ['form', registry, '--plan', plan, '--kind', 'dang-ky', '--out', plan], plan],
    ['merge, the plan', ['merge', inbox, '--plan', plan, '--out', plan], plan],
    ['init, the plan copied into the folder', ['init', work, '--plan', plan, ...initArgs], undefined],
  ])('%s', async (_name, args, input) => {
    const initPlan = join(work, 'ke-hoach.yaml');
    if (input === undefined) cpSync(plan, initPlan);
    const target = input ?? initPlan;
    const before = readFileSync(target);
    const r = await run([...args.map((a) => (a === plan && input === undefined ? initPlan : a)), '--force']);
    expect(r.code).toBe(2);
    noTrace(r.err);
    expect(r.err).toContain(`${target} là tệp đầu vào của lệnh này`);
    expect(readFileSync(target)).toEqual(before);
    expect(existsSync(`${target}.docx`)).toBe(false);
  });
});

describe('a file output named as a folder or as another kind of file: said at once, nothing written', () => {
  it.each([
    ['merge', 'tong-hop.json'],
    ['excel', 'tong-hop.xlsx'],
    ['form', 'bieu-mau-dang-ky.xlsx'],
    ['report', 'bao-cao-tong-hop.pdf'],
  ])('%s --out <folder> suggests %s inside it', async (name, example) => {
    const command = COMMANDS.find((c) => c.name === name);
    const r = await run(command?.args(existingFolder) ?? []);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${existingFolder} là một thư mục; hãy cho một tên tệp, ví dụ ${existingFolder}/${example}`,
    );
  });

  it.each([
    ['excel', 'bang.pdf', '.xlsx'],
    ['report', 'bao-cao.docx', '.pdf'],
    ['merge', 'tong-hop.xlsx', '.json'],
    ['form', 'mau.yaml', '.xlsx'],
  ])('%s --out %s is refused: the extension would open the wrong program', async (name, file, expected) => {
    const out = join(work, file);
    const r = await run([...(COMMANDS.find((c) => c.name === name)?.args(out) ?? []), '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${out} (${expected}): tên tệp có đuôi của loại tệp khác`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('import into the folder it reads', () => {
  it('refuses to replace a YAML file of that folder with a converted form, even with --force', async () => {
    const folder = join(work, 'hop-thu-mau');
    cpSync(inbox, folder, { recursive: true });
    cpSync(join(folder, 'dang-ky.yaml'), join(folder, 'mau.yaml'));
    const form = ['form', join(folder, 'danh-muc-don-vi.yaml'), '--plan', 'vinh-long-2025', '--kind', 'dang-ky'];
    expect((await run([...form, '--out', join(folder, 'mau.xlsx')])).code).toBe(0);
    const before = readFileSync(join(folder, 'mau.yaml'));
    const r = await run(['import', folder, '--out', folder, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join(folder, 'mau.yaml')} là tệp đầu vào của lệnh này`);
    expect(readFileSync(join(folder, 'mau.yaml'))).toEqual(before);
  });
});

describe('an output path through a file, or an unforeseen file-system error', () => {
  it('a bug: the apology follows --lang; a stray file-system error: located, no trace', async () => {
    const failing = (error: Error) => {
      const io = fakeIo(work);
      io.stdout = () => {
        throw error;
      };
      return io;
    };
    const en = failing(new Error('boom'));
    expect(await main(['plans', '--lang', 'en'], en)).toBe(2);
    expect(en.err()).toContain('unexpected error; please report it');
    expect(en.err()).not.toContain('lỗi không mong đợi');
    const fs = failing(Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/srv/khoa' }));
    expect(await main(['plans'], fs)).toBe(2);
    expect(fs.err()).toContain('danvan: không đọc hoặc ghi được /srv/khoa (EACCES)');
    noTrace(fs.err());
  });

  it('templates <a file>: located, exit 2, no trace, in the language asked', async () => {
    const vi = await run(['templates', existingFile]);
    expect(vi.code).toBe(2);
    noTrace(vi.err);
    expect(vi.err).toContain(`${existingFile} (ENOTDIR)`);
    const en = await run(['templates', existingFile, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('is a file, not a folder');
  });

  // node's recursive mkdir never returns under /proc (it spins on the kernel's ENOENT): danvan makes folders itself.
  it.runIf(existsSync('/proc/self'))(
    'a folder that cannot be made (under /proc): exit 2 at once, not a hang',
    async () => {
      const r = await run(['templates', '/proc/danvan-khong-co/mau']);
      expect(r.code).toBe(2);
      noTrace(r.err);
      expect(r.err).toContain('/proc/danvan-khong-co (ENOENT)');
    },
  );
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('interactive init', () => {
  it('Ctrl-C at a prompt ends quietly with exit 130, and the key hints are Vietnamese', async () => {
    // `script` gives the child a terminal, so inquirer shows its list; Ctrl-C is sent once the list is drawn.
    const child = spawn('script', ['-qec', `"${process.execPath}" "${BIN}" init`, '/dev/null'], {
      cwd: work,
      env: { ...process.env, DANVAN_LANG: 'vi', NO_COLOR: '1' },
    });
    let output = '';
    let sent = false;
    child.stdin.on('error', () => undefined); // the child may be gone before the pipe drains
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!sent && /chọn|select/.test(output)) {
        sent = true;
        child.stdin.write('\u0003');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(output).toContain('di chuyển');
    expect(output).not.toContain('navigate');
    noTrace(output);
  });
});
