import type { ScoreSheet } from '../core/rubric.js';

type RawPoints = number | string;
interface RawScoreSheet {
  ma_don_vi: string;
  ten_don_vi?: string;
  nam: number;
  bo_tieu_chi: string;
  diem: { tieu_chi: string; tu_cham?: RawPoints; cap_tren_cham?: RawPoints; ly_do?: string }[];
  tong_tu_cham?: RawPoints;
  tong_cap_tren?: RawPoints;
  khong_du_dieu_kien?: { ma: string; ly_do: string }[];
}

/** Bản chấm điểm → `ScoreSheet`. Expects schema-valid data; points stay raw for the scoring rules to judge. */
export function decodeScoreSheet(file: string, data: Record<string, unknown>): ScoreSheet {
  const raw = data as unknown as RawScoreSheet; // schema-valid: see RawScoreSheet
  return {
    file,
    unitCode: raw.ma_don_vi,
    ...(raw.ten_don_vi === undefined ? {} : { unitName: raw.ten_don_vi }),
    year: raw.nam,
    rubricId: raw.bo_tieu_chi,
    lines: raw.diem.map((line, i) => ({
      criterion: line.tieu_chi,
      ...(line.tu_cham === undefined ? {} : { self: line.tu_cham }),
      ...(line.cap_tren_cham === undefined ? {} : { reviewer: line.cap_tren_cham }),
      ...(line.ly_do === undefined ? {} : { reason: line.ly_do }),
      pointer: `/diem/${i}`,
    })),
    ...(raw.tong_tu_cham === undefined ? {} : { statedSelfTotal: raw.tong_tu_cham }),
    ...(raw.tong_cap_tren === undefined ? {} : { statedReviewerTotal: raw.tong_cap_tren }),
    disqualified: (raw.khong_du_dieu_kien ?? []).map((d, i) => ({
      id: d.ma,
      reason: d.ly_do,
      pointer: `/khong_du_dieu_kien/${i}`,
    })),
  };
}
