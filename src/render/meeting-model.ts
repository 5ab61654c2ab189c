import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { formatDocumentNumber, formatPlaceDate } from '../core/nd30.js';
import { voteShare } from '../core/votes.js';
import type { DocumentModel } from './document-model.js';
import { upper } from './dossier-model.js';

interface Person {
  ho_ten?: string;
  chuc_vu?: string;
}

export interface MeetingInput {
  governingBody: string;
  unitName: string;
  place: string;
  year: number;
  vote?: { threshold: number; base: 'tong-so' | 'co-mat' };
  /** The biên bản file as the unit wrote it (schema-valid keys). */
  data: Record<string, unknown>;
}

const person = (value: unknown): Person => (value && typeof value === 'object' ? (value as Person) : {});
const describe = (p: Person) => [p.ho_ten, p.chuc_vu].filter(Boolean).join(', ');
const time = (value: unknown) => (typeof value === 'string' ? value.replace(':', ' giờ ').replace('h', ' giờ ') : '');
const percent = (hundredths: number) => `${(hundredths / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;

/** Biên bản họp bình xét: time, place, attendance, the course of the meeting, and each nominee's vote. */
export function buildMeetingRecord(input: MeetingInput): DocumentModel {
  const d = input.data;
  const council = (d.thanh_vien ?? {}) as {
    tong_so?: number;
    co_mat?: number;
    vang?: { ho_ten?: string; ly_do?: string }[];
  };
  const members = council.tong_so ?? 0;
  const present = council.co_mat ?? 0;
  const date = (toIsoDate(String(d.ngay_hop ?? '')) ?? `${input.year}-12-31`) as IsoDate;
  const placeDate = formatPlaceDate(input.place, date);
  const base = input.vote?.base === 'co-mat' ? present : members;
  const votes = Array.isArray(d.bieu_quyet) ? (d.bieu_quyet as Record<string, unknown>[]) : [];
  const rows = votes.map((v, i) => {
    const yes = Number(v.dong_y ?? 0);
    const share = voteShare(yes, base);
    const passed = input.vote ? share >= Math.round(input.vote.threshold * 100) : undefined;
    return [
      String(i + 1),
      String(v.ten ?? ''),
      v.doi_tuong === 'tap-the' ? 'Tập thể' : 'Cá nhân',
      String(yes),
      String(v.khong_dong_y ?? 0),
      percent(share),
      passed === undefined ? '' : passed ? 'Đạt' : 'Không đạt',
    ];
  });
  const absent = (council.vang ?? []).map((a) => `${a.ho_ten ?? ''}${a.ly_do ? ` (${a.ly_do})` : ''}`);
  const chair = person(d.chu_tri);
  const secretary = person(d.thu_ky);
  return {
    header: {
      governingBody: upper(input.unitName),
      issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      ...(typeof d.so_hieu === 'string' ? { number: formatDocumentNumber(d.so_hieu) } : {}),
      placeDate,
    },
    title: 'BIÊN BẢN',
    summary: `Họp Hội đồng Thi đua - Khen thưởng bình xét đề nghị khen thưởng phong trào thi đua “Dân vận khéo” năm ${input.year}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Thời gian bắt đầu: ${time(d.gio_bat_dau)}, ${placeDate.slice(placeDate.indexOf('ngày'))}.`,
      },
      { kind: 'paragraph', text: `Địa điểm: ${String(d.dia_diem ?? '')}.` },
      { kind: 'heading', text: 'I. THÀNH PHẦN THAM DỰ' },
      { kind: 'paragraph', text: `Chủ trì: ${describe(chair)}.` },
      { kind: 'paragraph', text: `Thư ký: ${describe(secretary)}.` },
      {
        kind: 'paragraph',
        text: `Thành viên Hội đồng: tổng số ${members}, có mặt ${present}, vắng ${Math.max(0, members - present)}${absent.length ? `: ${absent.join('; ')}` : ''}.`,
      },
      { kind: 'heading', text: 'II. NỘI DUNG' },
      ...(typeof d.noi_dung === 'string' ? [{ kind: 'paragraph' as const, text: d.noi_dung }] : []),
      { kind: 'heading', text: 'III. KẾT QUẢ BIỂU QUYẾT' },
      {
        kind: 'paragraph',
        text: input.vote
          ? `Tỷ lệ đồng ý tính trên ${input.vote.base === 'co-mat' ? 'số thành viên có mặt' : 'tổng số thành viên Hội đồng'} (${base}); ngưỡng của kế hoạch: ${input.vote.threshold}%.`
          : `Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng (${base}).`,
      },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.07, align: 'center' },
          { header: 'Tập thể, cá nhân', width: 0.35 },
          { header: 'Đối tượng', width: 0.12 },
          { header: 'Đồng ý', width: 0.1, align: 'center' },
          { header: 'Không đồng ý', width: 0.12, align: 'center' },
          { header: 'Tỷ lệ đồng ý', width: 0.12, align: 'center' },
          { header: 'Kết quả', width: 0.12, align: 'center' },
        ],
        rows,
      },
      ...(typeof d.ket_luan === 'string' ? [{ kind: 'paragraph' as const, text: d.ket_luan }] : []),
      {
        kind: 'paragraph',
        text: `Cuộc họp kết thúc lúc ${time(d.gio_ket_thuc) || '…'} cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp và thống nhất thông qua./.`,
      },
    ],
    // ND30 Biên bản: the secretary signs on the left, the chair on the right.
    signers: [
      { title: 'THƯ KÝ', name: secretary.ho_ten ?? '' },
      { title: 'CHỦ TRÌ', name: chair.ho_ten ?? '' },
    ],
  };
}
