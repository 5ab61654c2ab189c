import { expect, it } from 'vitest';
import { buildMeetingRecord } from './meeting-model.js';
import type { MeetingTemplate } from './meeting-model.js';

const template: MeetingTemplate = {
  co_quan: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  trich_yeu: 'Họp bình xét năm {nam} {khong_co}',
  muc: { thanh_phan: 'I. THÀNH PHẦN', noi_dung: 'II. NỘI DUNG', ket_qua: 'III. KẾT QUẢ' },
  ket_thuc: 'Kết thúc lúc {gio_ket_thuc}./.',
  ky_ten: { trai: 'THƯ KÝ', phai: 'CHỦ TRÌ' },
};

it('computes each vote share on the plan base, names unfillable placeholders, signs secretary left and chair right', () => {
  const { model, missing } = buildMeetingRecord(
    {
      governingBody: 'UBND tỉnh',
      unitName: 'Sở Nội vụ',
      place: 'Vĩnh Long',
      year: 2025,
      vote: { threshold: 90, base: 'co-mat' },
      data: {
        so_hieu: '7/BB-HĐTĐKT',
        ngay_hop: '04/12/2025',
        gio_ket_thuc: '10:30',
        chu_tri: { ho_ten: 'Phạm Văn Thắng' },
        thu_ky: { ho_ten: 'Lâm Hoài Thương' },
        thanh_vien: { tong_so: 11, co_mat: 10 },
        bieu_quyet: [
          { doi_tuong: 'ca-nhan', ten: 'Lê Văn Tám', dong_y: 9, khong_dong_y: 1 },
          { doi_tuong: 'tap-the', ten: 'Phòng A', dong_y: 8, khong_dong_y: 2 },
          { doi_tuong: 'tap-the', ten: 'Phòng B', dong_y: 7, khong_dong_y: 4 },
        ],
      },
    },
    template,
  );
  expect(missing).toEqual(['khong_co']);
  expect(model.header.number).toBe('07/BB-HĐTĐKT');
  const table = model.blocks.find((b) => b.kind === 'table');
  expect(table?.kind === 'table' ? table.rows.map((r) => [r[1], r[5], r[6]]) : []).toEqual([
    ['Lê Văn Tám', '90%', 'Đạt'],
    ['Phòng A', '80%', 'Không đạt'],
    ['Phòng B', '70%', 'Không hợp lệ'], // 11 votes from 10 present: never "Đạt"
  ]);
  expect(model.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Kết thúc lúc 10 giờ 30./.' });
  expect(model.signers).toEqual([
    { title: 'THƯ KÝ', name: 'Lâm Hoài Thương' },
    { title: 'CHỦ TRÌ', name: 'Phạm Văn Thắng' },
  ]);
});
