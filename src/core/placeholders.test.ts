import { expect, it } from 'vitest';
import { findPlaceholders, isPlaceholder, placeholderText } from './placeholders.js';

// Issue 12, case 9: what init writes as a sample is recognised by validate until it is replaced.
it('recognises what init writes now and what older versions wrote', () => {
  expect(isPlaceholder(placeholderText('Tên mô hình 1'))).toBe(true);
  expect(isPlaceholder('Tên đơn vị (sửa lại)')).toBe(true);
  expect(isPlaceholder('Tên mô hình 2 (thay bằng tên thật)')).toBe(true);
  expect(isPlaceholder('Họ và tên cá nhân 3')).toBe(true);
  expect(isPlaceholder('Chức vụ')).toBe(true);
});

it('leaves real values alone, even ones that mention the words', () => {
  expect(isPlaceholder('Sở Nội vụ')).toBe(false);
  expect(isPlaceholder('Chức vụ: Phó Chủ tịch')).toBe(false);
  expect(isPlaceholder('Mô hình "sửa lại đường làng"')).toBe(false);
  expect(isPlaceholder('Nguyễn Văn An')).toBe(false);
});

it('points at every placeholder in a document', () => {
  const data = {
    ten_don_vi: 'Tên đơn vị (sửa lại)',
    tap_the: [{ ten_mo_hinh: 'Đường hoa nông thôn mới' }, { ten_mo_hinh: 'Tên mô hình 2 (sửa lại)' }],
    'a/b': ['Chức vụ'],
  };
  expect(findPlaceholders('dk.yaml', data).map((f) => [f.ruleId, f.at.pointer])).toEqual([
    ['text/placeholder', '/ten_don_vi'],
    ['text/placeholder', '/tap_the/1/ten_mo_hinh'],
    ['text/placeholder', '/a~1b/0'],
  ]);
});
