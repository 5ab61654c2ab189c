import type { Meeting } from '../core/votes.js';

const count = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);

/** Biên bản họp bình xét → `Meeting`, read leniently so vote checks run beside schema errors elsewhere. */
export function decodeMeeting(file: string, data: Record<string, unknown>): Meeting | undefined {
  const council = data.thanh_vien as Record<string, unknown> | undefined;
  const members = count(council?.tong_so);
  const present = count(council?.co_mat);
  if (members === undefined || present === undefined || !Array.isArray(data.bieu_quyet)) return undefined;
  const votes = data.bieu_quyet.flatMap((item: unknown, i) => {
    const v = (item ?? {}) as Record<string, unknown>;
    const yes = count(v.dong_y);
    if (typeof v.ten !== 'string' || yes === undefined) return [];
    return [
      {
        subject: String(v.doi_tuong ?? ''),
        name: v.ten,
        yes,
        no: count(v.khong_dong_y) ?? 0,
        pointer: `/bieu_quyet/${i}`,
      },
    ];
  });
  return { file, members, present, votes };
}
