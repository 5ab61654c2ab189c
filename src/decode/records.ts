import type { CollectiveRecord, PersonRecord, SubmissionRecords, VoteRecord } from '../core/records.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const int = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);
const items = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.map((item: unknown) => (item && typeof item === 'object' ? (item as Record<string, unknown>) : {}))
    : [];

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** Models, people, nominees and votes, each with the position it stands at (`positionOf` reads the parsed document). */
export function decodeRecords(
  kind: string,
  data: Record<string, unknown>,
  file: string,
  positionOf: (pointer: string) => { line: number; column: number },
): SubmissionRecords {
  const at = (pointer: string) => ({ file, ...positionOf(pointer), pointer });
  const collectives = items(data.tap_the).flatMap((item, i): CollectiveRecord[] => {
    const name = kind === 'dang-ky' ? text(item.ten_mo_hinh) : text(item.ten);
    if (name === undefined) return [];
    return [
      {
        name,
        ...optional('modelCode', text(kind === 'dang-ky' ? item.ma : item.ma_mo_hinh)),
        ...optional('field', text(item.linh_vuc)),
        ...optional('achievement', text(item.tom_tat_thanh_tich)),
        ...optional('award', text(item.hinh_thuc) ?? text(data.hinh_thuc)),
        ...optional('note', kind === 'de-nghi-khen-thuong' ? text(item.ghi_chu) : undefined),
        source: at(`/tap_the/${i}`),
      },
    ];
  });
  const people = items(data.ca_nhan).flatMap((item, i): PersonRecord[] => {
    const name = text(item.ho_ten);
    if (name === undefined) return [];
    return [
      {
        name,
        ...optional('birthYear', int(item.nam_sinh)),
        ...optional('position', text(item.chuc_vu)),
        ...optional('workplace', text(item.don_vi)),
        ...optional('modelCode', text(item.ma_mo_hinh)),
        ...optional('achievement', text(item.tom_tat_thanh_tich)),
        ...optional(
          'award',
          kind === 'de-nghi-khen-thuong' ? (text(item.hinh_thuc) ?? text(data.hinh_thuc)) : undefined,
        ),
        ...optional('note', kind === 'de-nghi-khen-thuong' ? text(item.ghi_chu) : undefined),
        source: at(`/ca_nhan/${i}`),
      },
    ];
  });
  const votes = items(data.bieu_quyet).flatMap((item, i): VoteRecord[] => {
    const name = text(item.ten);
    const yes = int(item.dong_y);
    if (name === undefined || yes === undefined) return [];
    return [
      {
        subject: text(item.doi_tuong) ?? '',
        name,
        yes,
        no: int(item.khong_dong_y) ?? 0,
        source: at(`/bieu_quyet/${i}`),
      },
    ];
  });
  return { collectives, people, votes };
}
