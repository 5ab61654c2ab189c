import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from './output-error.js';
import { outputFileFor, outputPathIn, safeFileStem } from './output-path.js';

const folder = resolve('/srv/ho-so');

describe('safeFileStem: a code from data never carries a path', () => {
  it.each([
    ['../../ngoai', 'ngoai'],
    ['..\\..\\ngoai', 'ngoai'],
    ['/etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\win.ini', 'C-Windows-win.ini'],
    ['\\\\server\\share', 'server-share'],
    ['001/../../x', '001-x'],
    ['CON', 'CON_'],
    ['nul.txt', 'nul_.txt'],
    ['com1', 'com1_'],
    ['LPT9', 'LPT9_'],
    ['abc. ', 'abc'],
    ['.hidden', 'hidden'],
    ['-rf', 'rf'],
    ['0\u200b02', '0-02'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h'],
    ['', '_'],
    ['..', '_'],
    ['Phường 1', 'Phường 1'],
    ['002', '002'],
  ])('%j → %j', (input, stem) => {
    expect(safeFileStem(input)).toBe(stem);
  });

  it('keeps stems short enough for every file system', () => {
    expect(safeFileStem('x'.repeat(500))).toHaveLength(80);
  });
});

describe('outputPathIn: the last line of defence', () => {
  it('joins a plain name', () => {
    expect(outputPathIn(folder, '001-to-trinh.pdf')).toBe(join(folder, '001-to-trinh.pdf'));
  });

  it.each([
    '../ngoai.pdf',
    '../../ngoai-to-trinh.pdf',
    '..',
    '.',
    '',
    'a/../../b.pdf',
    'a\\..\\..\\b.pdf',
    'sub/file.pdf',
    '/etc/cron.d/x',
    'C:\\x.pdf',
    'c:x.pdf',
    'CON',
    'aux.pdf',
    'Nul.yaml',
  ])('refuses %j', (name) => {
    expect(() => outputPathIn(folder, name)).toThrow(OutputError);
  });

  it('sanitizes then guards a stem taken from data', () => {
    expect(outputFileFor(folder, '../../ngoai', 'to-trinh.pdf')).toBe(join(folder, 'ngoai-to-trinh.pdf'));
    expect(outputFileFor(folder, '/abs/olute', 'bien-ban.pdf')).toBe(join(folder, 'abs-olute-bien-ban.pdf'));
    expect(outputFileFor(folder, 'CON', 'x.pdf')).toBe(join(folder, 'CON_-x.pdf'));
  });
});
