import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

const fixture = (name: string) => join(ROOT, 'test/fixtures', name);

describe('danvan validate (in-process)', () => {
  it('speaks English with --lang en and with DANVAN_LANG=en', async () => {
    for (const [args, env] of [
      [['--lang', 'en', 'validate', fixture('impossible-date')], {}],
      [['validate', fixture('impossible-date')], { DANVAN_LANG: 'en' }],
    ] as const) {
      const io = fakeIo(ROOT, env);
      expect(await main(args, io)).toBe(1);
      expect(io.out()).toContain('Date "31/02/2025" is invalid');
      expect(io.out()).toContain('Checked 1 file: 1 error, 0 warnings, 0 notices.');
    }
  });

  it('writes JUnit XML', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['validate', fixture('impossible-date'), '-f', 'junit'], io)).toBe(1);
    expect(io.out()).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="danvan validate" tests="1" failures="1">/,
    );
  });

  it('colours only on a TTY and never with NO_COLOR', async () => {
    const tty = fakeIo(ROOT, {}, true);
    await main(['validate', fixture('impossible-date')], tty);
    expect(tty.out()).toContain('\u001b[');
    const noColor = fakeIo(ROOT, { NO_COLOR: '1' }, true);
    await main(['validate', fixture('impossible-date')], noColor);
    expect(noColor.out()).not.toContain('\u001b[');
    const piped = fakeIo(ROOT);
    await main(['validate', fixture('impossible-date')], piped);
    expect(piped.out()).not.toContain('\u001b[');
  });

  it('fails on warnings only beyond --max-warnings', async () => {
    expect(await main(['validate', fixture('duplicate-submission')], fakeIo(ROOT))).toBe(0);
    expect(await main(['validate', fixture('duplicate-submission'), '--max-warnings', '2'], fakeIo(ROOT))).toBe(0);
    const io = fakeIo(ROOT);
    expect(await main(['validate', fixture('duplicate-submission'), '--max-warnings', '1'], io)).toBe(1);
    expect(io.err()).toBe('danvan: 2 cảnh báo, vượt mức cho phép --max-warnings 1.\n');
  });

  it('counts non-YAML files in a directory as skipped', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['validate', fixture('mixed-directory')], io)).toBe(0);
    expect(io.out()).toContain('Đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo, 0 lưu ý; bỏ qua 2 tệp không phải YAML.');
  });

  it('expands glob patterns itself', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['validate', 'test/fixtures/{impossible-date,unknown-unit}/*.yaml', '-f', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as { files: string[] };
    expect(report.files).toEqual([
      'test/fixtures/impossible-date/dang-ky.yaml',
      'test/fixtures/unknown-unit/dang-ky.yaml',
      'test/fixtures/unknown-unit/danh-muc-don-vi.yaml',
    ]);
  });

  it('keeps checking the other files when one is broken', async () => {
    const io = fakeIo(ROOT);
    const args = ['validate', fixture('binary'), fixture('impossible-date'), fixture('list-not-mapping'), '-f', 'json'];
    expect(await main(args, io)).toBe(1);
    const report = JSON.parse(io.out()) as { files: string[]; diagnostics: { ruleId: string }[] };
    expect(report.files).toHaveLength(3);
    expect(report.diagnostics.map((d) => d.ruleId)).toEqual([
      'encoding/binary',
      'schema/invalid-date',
      'document/not-mapping',
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-big-'));
    const line = 'ghi_chu: ' + 'Dân vận khéo '.repeat(60) + '\n';
    writeFileSync(join(dir, 'to.yaml'), 'loai: dang-ky\n' + line.repeat(Math.ceil((6 * 1024 * 1024) / line.length)));
    const io = fakeIo(dir);
    expect(await main(['validate', '.', '-f', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as { diagnostics: { ruleId: string; message: string }[] };
    expect(report.diagnostics).toMatchObject([{ ruleId: 'file/too-large' }]);
    expect(report.diagnostics[0]?.message).toContain('giới hạn là 5.0 MB');
  });

  it('never modifies its inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-ro-'));
    cpSync(fixture('nfd'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'dang-ky.yaml'));
    await main(['validate', dir], fakeIo(dir));
    expect(readFileSync(join(dir, 'dang-ky.yaml')).equals(before)).toBe(true);
  });
});

describe('usage errors exit 2 (spawned binary)', () => {
  it('a path that does not exist', () => {
    const r = runCli(['validate', 'khong-co-thu-muc-nay']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('danvan: không tìm thấy tệp hoặc thư mục: khong-co-thu-muc-nay\n');
  });

  it('a folder with no YAML file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-empty-'));
    writeFileSync(join(dir, 'to-trinh.docx'), 'PK');
    const r = runCli(['validate', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('không có tệp YAML (.yaml, .yml) nào để kiểm tra');
  });

  it('a glob that matches nothing', () => {
    expect(runCli(['validate', 'test/fixtures/*.khong-co']).status).toBe(2);
  });

  it('an unknown option, in Vietnamese', () => {
    const r = runCli(['validate', '--formt', 'json', 'examples']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("lỗi: không có tùy chọn '--formt'");
    expect(r.stderr).toContain('(Có phải ý bạn là --format?)');
  });

  it('an unknown format value', () => {
    const r = runCli(['validate', '-f', 'xml', 'examples']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("giá trị 'xml'");
  });

  it('no path at all', () => {
    const r = runCli(['validate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('thiếu tham số bắt buộc');
  });
});

describe('help reads in Vietnamese', () => {
  it.each([[['--help']], [['validate', '--help']], [['help', 'validate']]])('%j', (args) => {
    const r = runCli(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: danvan/);
    expect(r.stdout).toContain('Tùy chọn:');
    expect(r.stdout).not.toMatch(/Usage:|Options:|display help/);
  });
});

describe('output read by a program that stops early', () => {
  it('ends quietly when the reader has closed the pipe, with the exit code of the run', () => {
    // `true` reads nothing and exits at once: every write danvan makes meets a closed pipe (EPIPE).
    const r = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `node "${BIN}" validate examples/vinh-long-2025 --format json | true`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.stderr).not.toMatch(/EPIPE|không mong đợi| {4}at /);
    expect(r.status).toBe(0);
  });
});
