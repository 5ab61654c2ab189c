import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import type { SubmissionKind } from '../core/kinds.js';
import type { ClassifiedFile, ListedItem, ReportPeriod, SubmissionHeader, VocabularyUse } from '../core/types.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const date = (value: unknown): IsoDate | undefined => (typeof value === 'string' ? toIsoDate(value) : undefined);

/** Reads the fields every submission shares, tolerating schema errors elsewhere in the file. */
export function decodeHeader(file: ClassifiedFile & { kind: SubmissionKind }): SubmissionHeader {
  const { data } = file;
  const period = data.ky_bao_cao;
  return {
    kind: file.kind,
    file: file.file,
    unitCode: text(data.ma_don_vi),
    unitRef: { file: file.file, pointer: '/ma_don_vi' },
    year: Number.isInteger(data.nam) ? (data.nam as number) : undefined,
    reportPeriod: period === '6-thang' || period === 'ca-nam' ? (period as ReportPeriod) : undefined,
    sentOn: date(data.ngay_gui),
    receivedOn: date(data.ngay_nhan),
    planId: text(data.ke_hoach),
    ...(Number.isInteger(data.lan_gui) ? { version: data.lan_gui as number } : {}),
    items: itemsOf(data),
    vocabulary: vocabularyOf(data),
    modelCount: Array.isArray(data.tap_the) ? data.tap_the.length : 0,
    personCount: Array.isArray(data.ca_nhan) ? data.ca_nhan.length : 0,
    ...(file.kind === 'bao-cao' ? { reviews: reviewsOf(data) } : {}),
  };
}

// Where each kind of file names plan vocabulary: [list key, item key, vocabulary].
const VOCABULARY_SITES: [string | undefined, string, VocabularyUse['vocabulary']][] = [
  ['tap_the', 'linh_vuc', 'linh-vuc'],
  ['ca_nhan', 'linh_vuc', 'linh-vuc'],
  ['ket_qua_noi_dung', 'nhom', 'nhom-noi-dung'],
  [undefined, 'hinh_thuc', 'hinh-thuc-khen-thuong'],
  ['tap_the', 'hinh_thuc', 'hinh-thuc-khen-thuong'],
  ['ca_nhan', 'hinh_thuc', 'hinh-thuc-khen-thuong'],
  ['bieu_quyet', 'hinh_thuc', 'hinh-thuc-khen-thuong'],
];

function vocabularyOf(data: Record<string, unknown>): VocabularyUse[] {
  const uses: VocabularyUse[] = [];
  for (const [listKey, itemKey, vocabulary] of VOCABULARY_SITES) {
    if (listKey === undefined) {
      const value = data[itemKey];
      if (typeof value === 'string') uses.push({ vocabulary, value, pointer: `/${itemKey}` });
      continue;
    }
    const list = data[listKey];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      const value = item && typeof item === 'object' ? (item as Record<string, unknown>)[itemKey] : undefined;
      if (typeof value === 'string') uses.push({ vocabulary, value, pointer: `/${listKey}/${index}/${itemKey}` });
    });
  }
  return uses;
}

// Where items that must not repeat within one file stand: [list key, item key, what].
const ITEM_SITES: [string, string, ListedItem['what']][] = [
  ['tap_the', 'ma', 'model-code'],
  ['tap_the', 'ten', 'collective'],
  ['ca_nhan', 'ho_ten', 'person'],
];

function itemsOf(data: Record<string, unknown>): ListedItem[] {
  return ITEM_SITES.flatMap(([listKey, itemKey, what]) => {
    const list = data[listKey];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item: unknown, index): ListedItem[] => {
      const value = item && typeof item === 'object' ? (item as Record<string, unknown>)[itemKey] : undefined;
      return typeof value === 'string' ? [{ what, value, pointer: `/${listKey}/${index}/${itemKey}` }] : [];
    });
  });
}

function reviewsOf(data: Record<string, unknown>): NonNullable<SubmissionHeader['reviews']> {
  const list = Array.isArray(data.ket_qua_mo_hinh) ? (data.ket_qua_mo_hinh as unknown[]) : [];
  return list.flatMap((item, index) => {
    const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const code = text(entry.ma_mo_hinh);
    const outcome = text(entry.de_xuat);
    const name = text(entry.ten_mo_hinh);
    const reason = text(entry.ly_do);
    if (!code) return [];
    return [
      {
        code,
        ...(name ? { name } : {}),
        ...(outcome ? { outcome } : {}),
        ...(reason ? { reason } : {}),
        pointer: `/ket_qua_mo_hinh/${index}`,
      },
    ];
  });
}
