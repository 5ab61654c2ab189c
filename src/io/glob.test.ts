import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, hasGlob, slashPattern } from './glob.js';

it('detects glob syntax', () => {
  expect(hasGlob('hop-thu/*.yaml')).toBe(true);
  expect(hasGlob('hop-thu/dang-ky.yaml')).toBe(false);
});

it('matches *, **, ?, classes and braces', () => {
  const re = globToRegExp('/in/**/*.{yaml,yml}');
  expect(re.test('/in/a.yaml')).toBe(true);
  expect(re.test('/in/x/y/b.yml')).toBe(true);
  expect(re.test('/in/x/b.txt')).toBe(false);
  expect(globToRegExp('/in/dang-ky-0?.yaml').test('/in/dang-ky-07.yaml')).toBe(true);
  expect(globToRegExp('/in/*.yaml').test('/in/sub/a.yaml')).toBe(false);
  expect(globToRegExp('/in/[ab].yaml').test('/in/b.yaml')).toBe(true);
  expect(globToRegExp('/in/a+b (1).yaml').test('/in/a+b (1).yaml')).toBe(true);
});

it('walks from the fixed prefix', () => {
  expect(globBase('hop-thu/**/*.yaml')).toBe('hop-thu');
  expect(globBase('*.yaml')).toBe('.');
  expect(globBase('/srv/in/*/x.yaml')).toBe('/srv/in');
});

// Issue 12, case 5: names from macOS are stored decomposed (NFD); what the officer types is composed (NFC).
describe('globToRegExp across file systems', () => {
  const nfd = 'hop-thu/02/Đăng ký Sở Nội vụ.yaml'.normalize('NFD');

  it('matches a decomposed name with a composed pattern once both are NFC', () => {
    expect(globToRegExp('hop-thu/**/Đăng ký*.yaml').test(nfd.normalize('NFC'))).toBe(true);
    expect(globToRegExp('hop-thu/**/Đăng ký*.yaml'.normalize('NFD')).test(nfd.normalize('NFC'))).toBe(true);
  });

  it('ignores case only where the file system does', () => {
    expect(globToRegExp('hop-thu/*.YAML').test('hop-thu/a.yaml')).toBe(false);
    expect(globToRegExp('hop-thu/*.YAML', true).test('hop-thu/a.yaml')).toBe(true);
    expect(globToRegExp('HOP-THU/đĂNG*', true).test('hop-thu/Đăng ký.yaml')).toBe(true);
  });
});

// Windows users type backslashes (cmd.exe does not expand globs; danvan does); elsewhere "\\" belongs to a name.
describe('separators by platform', () => {
  it('reads backslashes as folder separators on Windows', () => {
    const pattern = slashPattern('C:\\Users\\cb\\hộp-thư\\**\\*.yaml', '\\');
    expect(pattern).toBe('C:/Users/cb/hộp-thư/**/*.yaml');
    expect(globBase(pattern)).toBe('C:/Users/cb/hộp-thư');
    expect(globToRegExp(pattern, true).test('c:/users/CB/Hộp-Thư/01/Đăng ký.YAML')).toBe(true);
  });

  it('keeps a backslash as part of a name on Linux and macOS', () => {
    expect(slashPattern('hop-thu/a\\b.yaml', '/')).toBe('hop-thu/a\\b.yaml');
    expect(globToRegExp(slashPattern('hop-thu/a\\b.yaml', '/')).test('hop-thu/a\\b.yaml')).toBe(true);
  });
});
