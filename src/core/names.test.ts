import { expect, it } from 'vitest';
import { foldName } from './names.js';

it('ignores case, spacing, decomposition and old/new tone placement', () => {
  expect(foldName('  Trần  thị HÒA ')).toBe(foldName('Trần Thị Hoà'));
  expect(foldName('Nguyễn Thị Thuỷ')).toBe(foldName('Nguyễn Thị Thủy'));
  expect(foldName('Lê Văn Khoẻ'.normalize('NFD'))).toBe(foldName('Lê Văn Khỏe'));
  expect(foldName('Hòa')).not.toBe(foldName('Hoa'));
  expect(foldName('Hoàng Văn Toàn')).toBe(foldName('HOÀNG VĂN TOÀN'));
  // "oa" inside a longer syllable keeps its tone where it is: "Hoàng" is not "Hòang".
  expect(foldName('Hoàng')).not.toBe(foldName('Hòang'));
});
