import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/helpers/fake-io.js';
import { langOfArgv, translateCommanderError } from './help-vi.js';
import { main } from './main.js';

// Issue 12, case 8: commander's own messages read in Vietnamese, and stay English with --lang en.
describe('commander errors in the user language', () => {
  it.each([
    [['merge', 'x'], "lỗi: thiếu tùy chọn bắt buộc '-o, --out <tệp>'"],
    [['excel', 'x.json'], "lỗi: thiếu tùy chọn bắt buộc '-o, --out <tệp>'"],
    [['plans', 'a', 'b'], "lỗi: thừa tham số cho lệnh 'plans'"],
    [['validate', '--max-warnings'], "lỗi: tùy chọn '--max-warnings <n>' cần một giá trị"],
  ])('%j', async (argv, message) => {
    const io = fakeIo('/');
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).not.toMatch(/\berror:|not specified|too many/);
  });

  it('stays English with --lang en or DANVAN_LANG=en', async () => {
    const flag = fakeIo('/');
    await main(['--lang', 'en', 'merge', 'x'], flag);
    expect(flag.err()).toContain("error: required option '-o, --out <tệp>' not specified");
    const env = fakeIo('/', { DANVAN_LANG: 'en' });
    await main(['merge', 'x'], env);
    expect(env.err()).toContain('error: required option');
  });

  it("says an option's wrong value in one language, the reader's, whichever option parser refused it", async () => {
    const cases: [string[], string, string][] = [
      [
        ['dossier', 'x.json', '--out', 'o', '--jobs', 'x'],
        'cần một số nguyên từ 1 đến 64.',
        'a whole number from 1 to 64.',
      ],
      [
        ['dossier', 'x.json', '--out', 'o', '--format', 'odt'],
        'chỉ nhận pdf, docx hoặc pdf,docx.',
        'pdf, docx or pdf,docx only.',
      ],
      [['validate', 'x', '--max-warnings', 'x'], 'cần một số nguyên không âm.', 'a whole number, 0 or more.'],
      [['status', 'x', '--today', '32/13/2025'], 'ngày không hợp lệ (dd/MM/yyyy).', 'not a date (dd/MM/yyyy).'],
      [['report', 'x.json', '--ky', 'ca-nam', '--out', 'o.pdf', '--nam', '25'], 'cần năm 4 chữ số.', 'a 4-digit year.'],
    ];
    for (const [argv, vi, en] of cases) {
      const viIo = fakeIo('/');
      expect(await main(argv, viIo)).toBe(2);
      expect(viIo.err()).toMatch(new RegExp(`^lỗi: giá trị .* không hợp lệ\\. ${vi.replace(/[().]/g, '\\$&')}\n$`));
      const enIo = fakeIo('/');
      expect(await main(['--lang', 'en', ...argv], enIo)).toBe(2);
      expect(enIo.err()).toMatch(new RegExp(`^error: option .* is invalid\\. ${en.replace(/[().]/g, '\\$&')}\n$`));
    }
  });

  it('translates any other commander error at least to "lỗi:"', () => {
    expect(translateCommanderError('error: something new in commander 15\n')).toBe(
      'lỗi: something new in commander 15\n',
    );
  });

  it('reads --lang before commander parses it', () => {
    expect(langOfArgv(['--lang=en', 'merge'], {})).toBe('en');
    expect(langOfArgv(['merge', '--lang', 'vi'], { DANVAN_LANG: 'en' })).toBe('vi');
    expect(langOfArgv(['merge'], { DANVAN_LANG: 'en' })).toBe('en');
    expect(langOfArgv(['merge'], {})).toBe('vi');
  });
});
