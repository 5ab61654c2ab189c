import { expect, it } from 'vitest';
import type { IsoDate } from './dates.js';
import { fillTemplate, formatDocumentNumber, formatPlaceDate, punctuateBases } from './nd30.js';

it('numbers below 10 take a leading zero', () => {
  expect(formatDocumentNumber('5/TTr-SNV')).toBe('05/TTr-SNV');
  expect(formatDocumentNumber('45/TTr-SNV')).toBe('45/TTr-SNV');
  expect(formatDocumentNumber('07')).toBe('07');
});

it('dates: leading zero for days below 10 and for January and February only', () => {
  expect(formatPlaceDate('Vĩnh Long', '2025-12-05' as IsoDate)).toBe('Vĩnh Long, ngày 05 tháng 12 năm 2025');
  expect(formatPlaceDate('Vĩnh Long', '2025-02-15' as IsoDate)).toBe('Vĩnh Long, ngày 15 tháng 02 năm 2025');
  expect(formatPlaceDate('Vĩnh Long', '2025-03-01' as IsoDate)).toBe('Vĩnh Long, ngày 01 tháng 3 năm 2025');
});

it('căn cứ lines end with ";" and the last with "."', () => {
  expect(punctuateBases(['Luật A', 'Nghị định B;', 'Kế hoạch C.'])).toEqual(['Luật A;', 'Nghị định B;', 'Kế hoạch C.']);
});

it('fills placeholders and names the ones it cannot fill', () => {
  expect(
    fillTemplate('Kính đề nghị {noi_nhan} tặng {so_tap_the} tập thể {la}', { noi_nhan: 'UBND tỉnh', so_tap_the: '02' }),
  ).toEqual({
    text: 'Kính đề nghị UBND tỉnh tặng 02 tập thể {la}',
    missing: ['la'],
  });
});
