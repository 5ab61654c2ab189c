import { childPointer } from '../diagnostics/pointer.js';
import type { FormerUnit, Unit, UnitRegistry } from '../core/types.js';
import { decodeLetterhead } from './letterhead.js';
import type { RawLetterhead } from './letterhead.js';

interface RawFormerUnit {
  ma: string;
  ten: string;
}
interface RawUnit {
  ma: string;
  ten: string;
  loai_don_vi: string;
  don_vi_cha?: string;
  don_vi_cu?: RawFormerUnit[];
  tieu_de?: RawLetterhead;
}

/** Danh mục đơn vị → `UnitRegistry`. Expects schema-valid data. */
export function decodeRegistry(file: string, data: Record<string, unknown>): UnitRegistry {
  // The schema has already checked this shape; the cast only names it.
  const units = (data.don_vi as RawUnit[]).map((raw, index): Unit => {
    const pointer = childPointer('/don_vi', index);
    const formerUnits = (raw.don_vi_cu ?? []).map((former, k): FormerUnit => ({
      code: former.ma,
      name: former.ten,
      ref: { file, pointer: childPointer(childPointer(pointer, 'don_vi_cu'), k) },
    }));
    return {
      code: raw.ma,
      name: raw.ten,
      type: raw.loai_don_vi,
      ...(raw.don_vi_cha === undefined ? {} : { parent: raw.don_vi_cha }),
      ...(raw.tieu_de ? { letterhead: decodeLetterhead(raw.tieu_de) } : {}),
      formerUnits,
      ref: { file, pointer },
    };
  });
  return { file, units };
}
