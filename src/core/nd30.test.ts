import { expect, it } from 'vitest';
import type { IsoDate } from './dates.js';
import { citePlan, fillTemplate, formatDocumentNumber, formatPlaceDate, punctuateBases } from './nd30.js';
import { basesInForce } from './plan.js';

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

it('cites a plan issued with a decision as what it is, and a plain plan by its own number', () => {
  const attached = citePlan({
    title: 'Phát động phong trào thi đua “Dân vận khéo” năm 2025',
    number: '553/QĐ-UBND',
    issuedOn: '2025-04-02' as IsoDate,
    issuer: 'Ủy ban nhân dân tỉnh Vĩnh Long',
    attachedTo: 'Quyết định',
  });
  expect(attached.reference).toBe('Kế hoạch ban hành kèm theo Quyết định số 553/QĐ-UBND ngày 02/4/2025');
  expect(attached.basis).toBe(
    'Kế hoạch phát động phong trào thi đua “Dân vận khéo” năm 2025 ban hành kèm theo Quyết định số 553/QĐ-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh Vĩnh Long',
  );
  const plain = citePlan({
    title: 'Kế hoạch thực hiện Chỉ thị 33/CT-TTg năm 2025',
    number: '45/KH-UBND',
    issuedOn: '2025-02-05' as IsoDate,
    issuer: 'Ủy ban nhân dân thị xã Vĩnh Châu',
  });
  expect(plain.basis).toBe(
    'Kế hoạch số 45/KH-UBND ngày 05/02/2025 của Ủy ban nhân dân thị xã Vĩnh Châu về thực hiện Chỉ thị 33/CT-TTg năm 2025',
  );
  expect(plain.basis).not.toMatch(/Kế hoạch Kế hoạch/);
});

it('cites only the legal bases in force on the document’s own date', () => {
  const bases = [
    { text: 'Luật Thi đua, khen thưởng' },
    { text: 'Nghị định 98/2023/NĐ-CP', until: '2025-06-30' as IsoDate },
    { text: 'Nghị định 152/2025/NĐ-CP', from: '2025-07-01' as IsoDate },
  ];
  expect(basesInForce(bases, '2025-04-15' as IsoDate)).toEqual([
    'Luật Thi đua, khen thưởng',
    'Nghị định 98/2023/NĐ-CP',
  ]);
  expect(basesInForce(bases, '2025-07-01' as IsoDate)).toEqual([
    'Luật Thi đua, khen thưởng',
    'Nghị định 152/2025/NĐ-CP',
  ]);
});
