import type { NodeRef, Severity } from '../diagnostics/types.js';
import type { IsoDate } from './dates.js';
import type { SubmissionKind } from './kinds.js';
import type { Letterhead, ReportPeriod } from './types.js';

/** Chỉ tiêu: "đúng" (exact), "tối thiểu" (at least) or "tối đa" (at most), for each unit of a category. */
export interface Quota {
  count: number;
  mode: 'dung' | 'toi-thieu' | 'toi-da';
  /** Counted separately for every year of a multi-year plan ("mỗi năm"). */
  perYear: boolean;
  severity: Severity;
  source?: string;
  /** The plan does not state this quota (gia_dinh): an assumption, said so in every message. */
  assumed?: boolean;
  ref: NodeRef;
}

export type Subject = 'tap-the' | 'ca-nhan';

/** Nhóm đơn vị: which units belong (by type, listed codes or code prefix) and their quotas. */
export interface UnitCategory {
  id: string;
  name: string;
  unitTypes: string[];
  unitCodes: string[];
  codePrefixes: string[];
  quotas: Partial<Record<Subject, Quota>>;
  /** Defaults for its units' letterhead ("tieu_de"); a unit's own registry entry wins field by field. */
  letterhead?: Letterhead;
  /** The sentence naming these units in the source document (`nguon`). */
  source?: string;
  ref: NodeRef;
}

/** Hạn nộp: "chậm nhất là ngày X" is inclusive, "trước ngày X" is not; yearly ones recur on the same day. */
export interface Deadline {
  id: string;
  name: string;
  date: IsoDate;
  inclusive: boolean;
  recursYearly: boolean;
  appliesTo: SubmissionKind[];
  reportPeriod?: ReportPeriod;
  severity: Severity;
  /** False when the kinds are due by this date only if a unit sends them (award proposals, say). */
  required: boolean;
  /** The plan years this deadline concerns: all of them for a yearly deadline, the first one for a one-off. */
  years: number[];
  source?: string;
  /** Who receives the files ("noi_nhan"): for the receiving body's own deadline, the bodies it reports to. */
  receiver?: string;
  /** A rule the plan does not state (gia_dinh): danvan or the officer assumed it; messages say so. */
  assumed?: boolean;
  ref: NodeRef;
}

/**
 * The plan's vote threshold ("bieu_quyet"). `threshold` is a percentage (90, 66.67) kept for display and for datasets
 * written before `fraction` existed; `fraction`, when the plan writes one ("2/3"), is the exact bar: 6 of 9 passes
 * 2/3 although 6/9 is 66,666…%. `base`: all members ('tong-so') or those present ('co-mat').
 */
export interface VoteRule {
  threshold: number;
  base: 'tong-so' | 'co-mat';
  fraction?: { numerator: number; denominator: number };
}

/** A legal basis and the days it is in force (inclusive); no bound means open on that side. */
export interface LegalBasis {
  text: string;
  from?: IsoDate;
  until?: IsoDate;
}

/** The bases in force on `date` (ISO dates compare as strings), in the plan's order. */
export function basesInForce(bases: readonly LegalBasis[], date: IsoDate): string[] {
  return bases.filter((b) => (!b.from || b.from <= date) && (!b.until || date <= b.until)).map((b) => b.text);
}

/** The receiving body's own Tờ trình: its signer and its abbreviation in document numbers. */
export interface ReceiverDocument {
  code?: string;
  signer: { name: string; title?: string; authority?: string; rank?: string };
}
/** The plan-wide rules whose source sentence a plan records under `nguon` (schemas/source: PLAN_RULE_KEYS). */
export type PlanRuleKey =
  | 'co_quan_tiep_nhan'
  | 'noi_nhan_bao_cao'
  | 'nam'
  | 'can_cu'
  | 'ky_bao_cao'
  | 'linh_vuc'
  | 'nhom_noi_dung'
  | 'hinh_thuc_khen_thuong'
  | 'bo_tieu_chi'
  | 'bieu_quyet'
  | 'ra_soat_mo_hinh'
  | 'don_vi_hop_nhat';

/** Kế hoạch: everything that differs between plans lives here, never in code. */
export interface Plan {
  id: string;
  title: string;
  number?: string;
  issuedOn?: IsoDate;
  issuer: string;
  governingBody?: string;
  receiver?: string;
  /** "noi_nhan_bao_cao": the bodies the receiving body sends its consolidated report to (Kính gửi of danvan report). */
  reportAddressees?: string[];
  /**
   * "to_trinh_tong_hop": who signs the receiving body's Tờ trình and its abbreviation for the number ("SNV" in
   * "Số:      /TTr-SNV"). Without it there is no summary Tờ trình: no signature block without a name.
   */
  receiverDocument?: ReceiverDocument;
  place?: string;
  firstYear: number;
  lastYear: number;
  /** "do_dai_ma_don_vi": digits of an all-digit unit code in the registry (3 for "001"), for padding what is typed. */
  unitCodeDigits?: number;
  categories: UnitCategory[];
  deadlines: Deadline[];
  reportPeriods: ReportPeriod[];
  fields: { id: string; name: string }[];
  contentGroups: { id: string; name: string }[];
  dossier?: { sets: number; parts: string[]; source?: string };
  awardTypes: { id: string; name: string }[];
  /** Căn cứ: the legal bases a Tờ trình cites (they change over time, so they live in the plan). Every text. */
  legalBases: string[];
  /**
   * The same bases with their validity where the plan gives one (added with issue 10): a document cites only those
   * in force on its own date (see basesInForce).
   */
  datedLegalBases?: LegalBasis[];
  /** "ban_hanh_kem_theo": the plan is issued with a decision ("Quyết định"); number and date are the decision's. */
  attachedTo?: string;
  /** "loai_van_ban": "Kế hoạch", "Công văn"… */
  documentType?: string;
  rubricId?: string;
  vote?: VoteRule;
  modelReview: boolean;
  /** Thể thức: 'dang' for a Party body's plan (Hướng dẫn 36-HD/VPTW), else Nghị định 30 ('nha-nuoc'). */
  style?: 'dang' | 'nha-nuoc';
  /** The sentence of the source document behind each plan-wide rule (`nguon`). */
  ruleSources?: Partial<Record<PlanRuleKey, string>>;
  /** Plan-wide rules the document does not state (`gia_dinh`): said so wherever they apply. */
  assumedRules?: PlanRuleKey[];
  /** Former administrative units merged into the issuer (seed 001's three communes), whose models are reviewed. */
  mergedUnits?: { name: string; codePrefix?: string }[];
  file: string;
}
