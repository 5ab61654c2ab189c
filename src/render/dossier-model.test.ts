import { expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import type { Nominee } from '../core/nominees.js';
import { buildToTrinh, receiverLines } from './dossier-model.js';
import type { ToTrinhInput, ToTrinhTemplate } from './dossier-model.js';

const template: ToTrinhTemplate = {
  trich_yeu: 'Về việc đề nghị tặng {hinh_thuc} năm {nam}',
  doan_van: ['{ten_don_vi} đề nghị {so_tap_the} tập thể và {so_ca_nhan} cá nhân.', 'Chỗ trống lạ: {khong_co}.'],
  noi_nhan: ['Như trên', 'Lưu: VT'],
  phu_luc: { tieu_de: 'DANH SÁCH ĐỀ NGHỊ TẶNG {hinh_thuc_in_hoa}' },
};
const nominee = (subject: Nominee['subject'], name: string): Nominee => ({
  unit: '001',
  year: 2025,
  subject,
  name,
  vote: null,
  source: { file: 'de-nghi.yaml', line: 10, column: 5, pointer: '/ca_nhan/0' },
});
const input: ToTrinhInput = {
  governingBody: 'Ủy ban nhân dân tỉnh Vĩnh Long',
  unitName: 'Sở Nội vụ',
  number: '5/TTr-SNV',
  place: 'Vĩnh Long',
  date: '2025-12-05' as IsoDate,
  recipients: ['Ủy ban nhân dân tỉnh'],
  bases: ['Luật Thi đua, khen thưởng', 'Kế hoạch số 553/QĐ-UBND.'],
  award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  plan: { title: 'Kế hoạch', number: '553/QĐ-UBND', issuer: 'UBND tỉnh' },
  year: 2025,
  signer: { name: 'Nguyễn Văn Hùng', title: 'Phó Giám đốc', authority: 'KT. Giám đốc' },
  nominees: [nominee('ca-nhan', 'Lê Văn Tám'), nominee('tap-the', 'Phòng Xây dựng chính quyền')],
};

it('decides the wording, numbering and order of the Tờ trình and its Phụ lục', () => {
  const { model, missing } = buildToTrinh(input, template);
  expect(missing).toEqual(['khong_co']);
  expect(model.header).toEqual({
    governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
    issuer: 'SỞ NỘI VỤ',
    number: '05/TTr-SNV',
    placeDate: 'Vĩnh Long, ngày 05 tháng 12 năm 2025',
  });
  expect(model.blocks[2]).toEqual({ kind: 'paragraph', text: 'Sở Nội vụ đề nghị 01 tập thể và 01 cá nhân.' });
  expect(model.blocks.slice(0, 2)).toEqual([
    { kind: 'paragraph', text: 'Căn cứ Luật Thi đua, khen thưởng;', italic: true },
    { kind: 'paragraph', text: 'Căn cứ Kế hoạch số 553/QĐ-UBND.', italic: true },
  ]);
  // "Như trên" stands for the addressee of "Kính gửi": it is not named twice.
  expect(model.receivers).toEqual(['- Như trên;', '- Lưu: VT.']);
  expect(model.signers).toEqual([{ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' }]);
  expect(model.appendix?.title).toBe('DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
  expect(model.appendix?.subtitle).toBe('(Kèm theo Tờ trình số 05/TTr-SNV ngày 05 tháng 12 năm 2025 của Sở Nội vụ)');
  // Collectives and individuals in their own groups, each numbered from 1; a collective's "Chức vụ, đơn vị" is its unit.
  expect(model.appendix?.groups?.map((g) => [g.title, g.rows.map((r) => r.slice(0, 3))])).toEqual([
    ['I. TẬP THỂ', [['1', 'Phòng Xây dựng chính quyền', 'Sở Nội vụ']]],
    ['II. CÁ NHÂN', [['1', 'Lê Văn Tám', expect.any(String)]]],
  ]);
});

it('names the addressees in Nơi nhận only when the template has no "Như trên"', () => {
  expect(receiverLines(['Sở Nội vụ'], ['Lưu: VT'])).toEqual(['- Sở Nội vụ;', '- Lưu: VT.']);
});

it('a head signing in person has one title line', () => {
  const { model } = buildToTrinh(
    { ...input, signer: { name: 'A', title: 'Giám đốc', authority: 'GIÁM ĐỐC' } },
    template,
  );
  expect(model.signers).toEqual([{ title: 'GIÁM ĐỐC', name: 'A' }]);
});
