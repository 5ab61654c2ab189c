import { expect, it } from 'vitest';
import { balancedLines } from './header-lines.js';

// One unit per letter: enough to test where lines break.
const measure = (line: string) => [...line].length;

it('breaks a letterhead name where an officer would, never inside a two-syllable word', () => {
  expect(balancedLines('ỦY BAN NHÂN DÂN TỈNH VĨNH LONG', measure, 24)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH VĨNH LONG']);
  expect(balancedLines('ỦY BAN NHÂN DÂN HUYỆN LONG HỒ', measure, 24)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN LONG HỒ']);
  const vhttdl = balancedLines('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', measure, 24);
  expect(vhttdl).not.toContain('THAO VÀ DU LỊCH'); // "THỂ / THAO" cut a word in two
  expect(vhttdl.join(' / ')).toMatch(/^SỞ VĂN HÓA,( THỂ THAO)? \/ /);
  expect(balancedLines('BỘ CHỈ HUY QUÂN SỰ TỈNH VĨNH LONG', measure, 24)).toEqual([
    'BỘ CHỈ HUY QUÂN SỰ',
    'TỈNH VĨNH LONG',
  ]);
});

it('keeps a line that fits, and the writer’s own break', () => {
  expect(balancedLines('SỞ NỘI VỤ', measure, 24)).toEqual(['SỞ NỘI VỤ']);
  expect(balancedLines('ĐẢNG ỦY PHƯỜNG\nHOÀI NHƠN BẮC', measure, 40)).toEqual(['ĐẢNG ỦY PHƯỜNG', 'HOÀI NHƠN BẮC']);
});

it('falls back to balanced lines when no good break fits', () => {
  expect(balancedLines('AAAA BBBB CCCC DDDD', measure, 10)).toEqual(['AAAA BBBB', 'CCCC DDDD']);
});
