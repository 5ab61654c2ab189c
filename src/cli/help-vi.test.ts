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
