import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/catalog.js';
import { describeCodePoint, escapeInvisible } from '../messages/invisible.js';
import { cleanInvisible } from './clean-text.js';
import { parseYamlText } from './load-yaml.js';

describe('cleanInvisible', () => {
  it('turns space-like characters into a space and removes the rest, marking each where it was', () => {
    expect(cleanInvisible('a\u00a0b\u200bc\u00add\u000be\u0001f\ufeffg\u202fh')).toEqual({
      text: 'a bcd efg h',
      marks: [
        { offset: 1, codePoint: 0xa0 },
        { offset: 3, codePoint: 0x200b },
        { offset: 4, codePoint: 0xad },
        { offset: 5, codePoint: 0x0b },
        { offset: 7, codePoint: 0x01 },
        { offset: 8, codePoint: 0xfeff },
        { offset: 9, codePoint: 0x202f },
      ],
    });
  });

  it('leaves tab, line feed, carriage return and Vietnamese letters alone', () => {
    const text = 'ho_ten:\tTrần Thị Ánh Tuyết\r\nđ: "Đ"\n';
    expect(cleanInvisible(text)).toEqual({ text, marks: [] });
  });
});

describe('load-yaml reads what the officer sees', () => {
  it('a no-break space after the colon is a space: no "missing colon"', () => {
    const loaded = parseYamlText('x.yaml', 'ten_don_vi:\u00a0Sở Nội vụ\nma_don_vi: "0\u200b02"\n');
    expect(loaded.data).toEqual({ ten_don_vi: 'Sở Nội vụ', ma_don_vi: '002' });
    expect(loaded.findings.map((f) => [f.ruleId, f.span?.start])).toEqual([
      ['text/invisible-character', { line: 1, column: 12 }],
      ['text/invisible-character', { line: 2, column: 14 }],
    ]);
  });
});

describe('messages show invisible characters', () => {
  it('escapes them as ‹U+XXXX›, in any message parameter', () => {
    expect(escapeInvisible('0\u200b02')).toBe('0‹U+200B›02');
    expect(renderMessage('unit/unknown', { code: '0\u200b02' } as never, 'vi')).toContain('0‹U+200B›02');
  });

  it('names them in both languages', () => {
    expect(describeCodePoint(0x200b, 'vi')).toBe('‹U+200B› (khoảng trắng độ rộng 0)');
    expect(describeCodePoint(0x200b, 'en')).toBe('‹U+200B› (zero-width space)');
    expect(describeCodePoint(0x0007, 'en')).toBe('‹U+0007› (control character)');
    expect(describeCodePoint(0x2003, 'vi')).toBe('‹U+2003› (khoảng trắng đặc biệt)');
  });
});

describe('YAML 1.1 never turns a value into a date, bytes, a set or a map', () => {
  it('reads a %YAML 1.1 file as YAML 1.2, with a notice on the directive', () => {
    const loaded = parseYamlText('x.yaml', '%YAML 1.1\n---\nngay_gui: 2025-04-10\nco: yes\nma: 012\n');
    expect(loaded.data).toEqual({ ngay_gui: '2025-04-10', co: 'yes', ma: '012' });
    expect(loaded.findings.map((f) => [f.ruleId, f.span?.start])).toEqual([
      ['yaml/version-directive', { line: 1, column: 1 }],
    ]);
    expect(loaded.text.startsWith('%YAML 1.1\n')).toBe(true);
  });

  it.each([
    ['!!timestamp 2025-04-10', '2025-04-10', '!!timestamp'],
    ['!!binary aGVsbG8=', 'aGVsbG8=', '!!binary'],
    ['!!set { a }', { a: null }, '!!set'],
    ['!!omap [ { a: 1 } ]', [{ a: 1 }], '!!omap'],
    ['!custom Giám đốc', 'Giám đốc', '!custom'],
  ])('%s stays plain data, with a notice naming the tag as written', (value, expected, tag) => {
    const loaded = parseYamlText('x.yaml', `v: ${value}\n`);
    expect(loaded.data).toEqual({ v: expected });
    expect(loaded.findings).toMatchObject([{ ruleId: 'yaml/ignored-tag', params: { tag } }]);
  });
});
