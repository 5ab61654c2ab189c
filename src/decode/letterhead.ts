import type { Letterhead } from '../core/types.js';

/** "tieu_de" as the schema allows it, in the registry (per unit) and the plan (per category). */
export interface RawLetterhead {
  co_quan_chu_quan?: string;
  ten_co_quan?: string;
  dia_danh?: string;
  loai_co_quan?: 'nha-nuoc' | 'dang' | 'hoi-dong';
}

/** "tieu_de" → Letterhead; only the fields written. */
export function decodeLetterhead(raw: RawLetterhead): Letterhead {
  return {
    ...(raw.co_quan_chu_quan === undefined ? {} : { governingBody: raw.co_quan_chu_quan }),
    ...(raw.ten_co_quan === undefined ? {} : { issuer: raw.ten_co_quan }),
    ...(raw.dia_danh === undefined ? {} : { place: raw.dia_danh }),
    ...(raw.loai_co_quan === undefined ? {} : { kind: raw.loai_co_quan }),
  };
}
