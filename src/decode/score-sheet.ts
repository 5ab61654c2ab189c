import type { ScoreLine, ScoreSheet } from '../core/rubric.js';

type RawPoints = number | string;
const isPoints = (value: unknown): value is RawPoints => typeof value === 'number' || typeof value === 'string';
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * Bản chấm điểm → `ScoreSheet`, read leniently: a sheet with one malformed value (reported by the schema) still gets
 * every scoring check. Undefined when the sheet lacks what scoring needs (unit, year, rubric, lines).
 */
export function decodeScoreSheet(file: string, data: Record<string, unknown>): ScoreSheet | undefined {
  const unitCode = text(data.ma_don_vi);
  const rubricId = text(data.bo_tieu_chi);
  if (unitCode === undefined || rubricId === undefined || !Number.isInteger(data.nam) || !Array.isArray(data.diem))
    return undefined;
  const lines = data.diem.flatMap((item: unknown, i): ScoreLine[] => {
    const line = record(item);
    const criterion = text(line?.tieu_chi);
    if (!line || criterion === undefined) return [];
    return [
      {
        criterion,
        ...(isPoints(line.tu_cham) ? { self: line.tu_cham } : {}),
        ...(isPoints(line.cap_tren_cham) ? { reviewer: line.cap_tren_cham } : {}),
        ...(text(line.ly_do) === undefined ? {} : { reason: text(line.ly_do) as string }),
        pointer: `/diem/${i}`,
      },
    ];
  });
  const disqualified = (Array.isArray(data.khong_du_dieu_kien) ? data.khong_du_dieu_kien : []).flatMap(
    (item: unknown, i) => {
      const d = record(item);
      const id = text(d?.ma);
      return id === undefined ? [] : [{ id, reason: text(d?.ly_do) ?? '', pointer: `/khong_du_dieu_kien/${i}` }];
    },
  );
  const unitName = text(data.ten_don_vi);
  return {
    file,
    unitCode,
    ...(unitName === undefined ? {} : { unitName }),
    year: data.nam as number,
    rubricId,
    lines,
    ...(isPoints(data.tong_tu_cham) ? { statedSelfTotal: data.tong_tu_cham } : {}),
    ...(isPoints(data.tong_cap_tren) ? { statedReviewerTotal: data.tong_cap_tren } : {}),
    disqualified,
  };
}
