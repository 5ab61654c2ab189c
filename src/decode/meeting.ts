import type { Meeting } from '../core/votes.js';

interface RawMeeting {
  thanh_vien: { tong_so: number; co_mat: number };
  bieu_quyet: { doi_tuong: string; ten: string; dong_y: number; khong_dong_y?: number }[];
}

/** Biên bản họp bình xét → `Meeting`. Expects schema-valid data. */
export function decodeMeeting(file: string, data: Record<string, unknown>): Meeting {
  const raw = data as unknown as RawMeeting; // schema-valid: see RawMeeting
  return {
    file,
    members: raw.thanh_vien.tong_so,
    present: raw.thanh_vien.co_mat,
    votes: raw.bieu_quyet.map((v, i) => ({
      subject: v.doi_tuong,
      name: v.ten,
      yes: v.dong_y,
      no: v.khong_dong_y ?? 0,
      pointer: `/bieu_quyet/${i}`,
    })),
  };
}
