import { childPointer } from '../diagnostics/pointer.js';
import { parsePoints } from '../core/points.js';
import type { Points } from '../core/points.js';
import type { Rubric, RubricItem, RubricLeaf } from '../core/rubric.js';

type RawPoints = number | string;
interface RawLeaf {
  ma: string;
  ten: string;
  diem_toi_da?: RawPoints;
  tieu_chi_con?: RawLeaf[];
}
interface RawRubric {
  ma: string;
  ten: string;
  la_mau?: boolean;
  tong_diem?: RawPoints;
  nhom: { ma: string; ten: string; danh_cho_cap_tren?: boolean; tieu_chi: RawLeaf[] }[];
  diem_thuong?: RawLeaf[];
  gioi_han_thuong?: RawPoints;
  diem_tru?: RawLeaf[];
  gioi_han_tru?: RawPoints;
  xep_loai: { ma: string; ten: string; tu_diem: RawPoints }[];
  khong_du_dieu_kien?: { ma: string; ten: string }[];
}

// The schema's pattern allows at most two decimals, so every value converts; 0 stands in for the impossible case.
const points = (value: RawPoints | undefined): Points => parsePoints(value ?? 0) ?? (0 as Points);

/** Bộ tiêu chí → `Rubric`. Expects schema-valid data. */
export function decodeRubric(file: string, data: Record<string, unknown>): Rubric {
  const raw = data as unknown as RawRubric; // schema-valid: see RawRubric
  const leaves: RubricLeaf[] = [];
  raw.nhom.forEach((group, g) => {
    group.tieu_chi.forEach((criterion, c) => {
      const pointer = `/nhom/${g}/tieu_chi/${c}`;
      const subs = criterion.tieu_chi_con ?? [];
      const scored =
        subs.length > 0
          ? subs.map((sub, k) => ({ sub, pointer: `${pointer}/tieu_chi_con/${k}` }))
          : [{ sub: criterion, pointer }];
      for (const { sub, pointer: at } of scored) {
        leaves.push({
          id: sub.ma,
          name: sub.ten,
          max: points(sub.diem_toi_da),
          group: group.ma,
          reserved: group.danh_cho_cap_tren ?? false,
          ref: { file, pointer: at },
        });
      }
    });
  });
  const items = (list: RawLeaf[] | undefined, key: string): RubricItem[] =>
    (list ?? []).map((item, i) => ({
      id: item.ma,
      name: item.ten,
      max: points(item.diem_toi_da),
      ref: { file, pointer: childPointer(`/${key}`, i) },
    }));
  return {
    id: raw.ma,
    name: raw.ten,
    template: raw.la_mau ?? false,
    ...(raw.tong_diem === undefined ? {} : { statedTotal: points(raw.tong_diem) }),
    leaves,
    bonuses: items(raw.diem_thuong, 'diem_thuong'),
    ...(raw.gioi_han_thuong === undefined ? {} : { bonusLimit: points(raw.gioi_han_thuong) }),
    deductions: items(raw.diem_tru, 'diem_tru'),
    ...(raw.gioi_han_tru === undefined ? {} : { deductionLimit: points(raw.gioi_han_tru) }),
    bands: raw.xep_loai
      .map((band) => ({ id: band.ma, name: band.ten, from: points(band.tu_diem) }))
      .sort((a, b) => b.from - a.from),
    disqualifiers: (raw.khong_du_dieu_kien ?? []).map(({ ma, ten }) => ({ id: ma, name: ten })),
    file,
  };
}
