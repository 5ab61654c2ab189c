import type { NodeRef } from '../diagnostics/types.js';
import type { IsoDate } from './dates.js';
import type { Kind, SubmissionKind } from './kinds.js';

/** Đơn vị cũ: a unit absorbed in a merger (the 2025 reform); its submissions count for the current unit. */
export interface FormerUnit {
  code: string;
  name: string;
  ref: NodeRef;
}

/** Đơn vị: one entry of the unit registry. */
/**
 * Tiêu đề văn bản of a unit ("tieu_de"): what its documents print top left and before the date. `governingBody` ''
 * means no governing line; `kind` chooses the layout ('dang': Hướng dẫn 36-HD/VPTW; otherwise Nghị định 30/2020).
 */
export interface Letterhead {
  governingBody?: string;
  issuer?: string;
  place?: string;
  kind?: 'nha-nuoc' | 'dang' | 'hoi-dong';
}

export interface Unit {
  code: string;
  name: string;
  type: string;
  parent?: string;
  /** From the registry's "tieu_de"; the plan's category defaults fill what it leaves out (added with issue 10). */
  letterhead?: Letterhead;
  formerUnits: FormerUnit[];
  ref: NodeRef;
}

/** Danh mục đơn vị. */
export interface UnitRegistry {
  file: string;
  units: Unit[];
}

/** Kỳ báo cáo. */
export type ReportPeriod = '6-thang' | 'ca-nam';

/**
 * What every unit submission shares, enough for cross-file rules (unknown units, duplicates, deadlines).
 * Read leniently, so a file with a schema error still takes part in the cross-file checks.
 */
export interface SubmissionHeader {
  kind: SubmissionKind;
  file: string;
  unitCode?: string;
  unitRef: NodeRef;
  year?: number;
  reportPeriod?: ReportPeriod;
  sentOn?: IsoDate;
  receivedOn?: IsoDate;
  planId?: string;
  /** Lần gửi: the unit's own numbering of corrected versions, used when two share a delivery date. */
  version?: number;
  /** Model codes, collectives and people the file lists, for the duplicate-in-one-file rule. */
  items: ListedItem[];
  /** Plan vocabulary the file uses (linh_vuc, nhom, hinh_thuc), each with where it stands. */
  vocabulary: VocabularyUse[];
  /** Registrations only: how many models (tập thể) and people (cá nhân) the file lists. */
  modelCount: number;
  personCount: number;
  /**
   * Reports only: each model's review line (ket_qua_mo_hinh): its code, name (ten_mo_hinh), the outcome proposed
   * (de_xuat), the reason (ly_do), where.
   */
  reviews?: { code: string; name?: string; outcome?: string; reason?: string; pointer: string }[];
}

/** A file that parsed to a mapping with a known `loai`. */
export interface ClassifiedFile {
  kind: Kind;
  file: string;
  data: Record<string, unknown>;
}

/** A value that must be one of the plan's ids: a field of work, a content group or an award type. */
export interface VocabularyUse {
  vocabulary: 'linh-vuc' | 'nhom-noi-dung' | 'hinh-thuc-khen-thuong';
  value: string;
  pointer: string;
}

export interface ListedItem {
  what: 'model-code' | 'collective' | 'person';
  value: string;
  pointer: string;
}
