import type { ScoreLine, ScoreSheet } from '../core/rubric.js';
import type { Finding } from '../messages/catalog.js';

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
  const unreadableLines = data.diem.length - lines.length;
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
    ...(unreadableLines > 0 ? { unreadableLines } : {}),
  };
}

/**
 * `tieu_chi: 1.1` unquoted is the number 1.1, yet it can only mean criterion "1.1": read the number as the text
 * written in the file (so 1.10 stays "1.10"), with a notice, instead of a type error followed by a "missing"
 * criterion and two total mismatches. Mutates `data` before the schema sees it. `sourceOf` gives a value's source.
 */
export function readCriterionNumbers(
  file: string,
  data: Record<string, unknown>,
  sourceOf: (pointer: string) => string | undefined,
): Finding[] {
  if (!Array.isArray(data.diem)) return [];
  return data.diem.flatMap((item: unknown, i): Finding[] => {
    const line = record(item);
    const pointer = `/diem/${i}/tieu_chi`;
    const written = typeof line?.tieu_chi === 'number' ? sourceOf(pointer)?.trim() : undefined;
    if (!line || written === undefined || !/^\d+(?:\.\d+)*$/.test(written)) return [];
    line.tieu_chi = written;
    return [{ ruleId: 'score/criterion-as-number', params: { criterion: written }, at: { file, pointer } }];
  });
}
