import { expect, it } from 'vitest';
import { closestMatch, editDistance } from './similarity.js';

it('counts edits', () => {
  expect(editDistance('ma_donvi', 'ma_don_vi')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('dang-ki', 'dang-ky')).toBe(1);
});

it('suggests only near candidates', () => {
  expect(closestMatch('ma_donvi', ['ma_don_vi', 'nam', 'ngay_gui'])).toBe('ma_don_vi');
  expect(closestMatch('dang-ki', ['dang-ky', 'bao-cao'])).toBe('dang-ky');
  expect(closestMatch('xyz', ['ma_don_vi', 'ngay_gui'])).toBeUndefined();
});
