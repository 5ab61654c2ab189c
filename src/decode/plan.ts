import { childPointer } from '../diagnostics/pointer.js';
import type { Severity } from '../diagnostics/types.js';
import type { IsoDate } from '../core/dates.js';
import { toIsoDate } from '../core/dates.js';
import type { SubmissionKind } from '../core/kinds.js';
import type {
  Deadline,
  LegalBasis,
  Plan,
  PlanRuleKey,
  Quota,
  ReceiverDocument,
  Subject,
  UnitCategory,
  VoteRule,
} from '../core/plan.js';
import type { ReportPeriod } from '../core/types.js';
import { decodeLetterhead } from './letterhead.js';
import type { RawLetterhead } from './letterhead.js';

interface RawQuota {
  so_luong: number;
  kieu: Quota['mode'];
  hang_nam?: boolean;
  muc_do?: 'loi' | 'canh-bao';
  nguon?: string;
  gia_dinh?: boolean;
}
interface RawCategory {
  ma: string;
  ten: string;
  loai_don_vi?: string[];
  ma_don_vi?: string[];
  ma_bat_dau?: string[];
  chi_tieu?: { tap_the?: RawQuota; ca_nhan?: RawQuota };
  tieu_de?: RawLetterhead;
  nguon?: string;
}
interface RawDeadline {
  ma: string;
  ten?: string;
  ngay: string;
  tinh_ca_ngay: boolean;
  lap_lai_hang_nam?: boolean;
  ap_dung: SubmissionKind[];
  ky_bao_cao?: ReportPeriod;
  muc_do?: 'loi' | 'canh-bao';
  bat_buoc?: boolean;
  nam?: number[];
  nguon?: string;
  noi_nhan?: string;
  gia_dinh?: boolean;
}
interface Named {
  ma: string;
  ten: string;
}
/** The plan's keys, as the schema (already checked) guarantees them. */
interface RawPlan {
  ma: string;
  ten: string;
  so_hieu?: string;
  ngay_ban_hanh?: string;
  co_quan_ban_hanh: string;
  co_quan_chu_quan?: string;
  co_quan_tiep_nhan?: string;
  noi_nhan_bao_cao?: string[];
  dia_danh?: string;
  nam_bat_dau: number;
  nam_ket_thuc?: number;
  do_dai_ma_don_vi?: number;
  nhom_don_vi?: RawCategory[];
  han_nop?: RawDeadline[];
  ky_bao_cao?: ReportPeriod[];
  linh_vuc?: Named[];
  nhom_noi_dung?: Named[];
  ho_so?: { so_bo?: number; thanh_phan?: string[]; nguon?: string };
  hinh_thuc_khen_thuong?: Named[];
  bo_tieu_chi?: string;
  can_cu?: (string | { van_ban: string; hieu_luc_tu?: string; het_hieu_luc?: string })[];
  ban_hanh_kem_theo?: string;
  loai_van_ban?: string;
  bieu_quyet?: { ty_le_toi_thieu?: number; phan_so?: string; co_so?: 'tong-so' | 'co-mat' };
  to_trinh_tong_hop?: {
    ky_hieu?: string;
    nguoi_ky: { ho_ten: string; chuc_vu?: string; tham_quyen?: string; cap_bac?: string };
  };
  ra_soat_mo_hinh?: boolean;
  the_thuc?: 'dang' | 'nha-nuoc';
  nguon?: Partial<Record<PlanRuleKey, string>>;
  gia_dinh?: PlanRuleKey[];
  don_vi_hop_nhat?: { ten: string; tien_to_ma?: string }[];
}

const severity = (level: 'loi' | 'canh-bao' | undefined): Severity => (level === 'canh-bao' ? 'warning' : 'error');
// Dates passed the schema's `ngay` format, so they always convert.
const iso = (text: string): IsoDate => toIsoDate(text) as IsoDate;

/** Kế hoạch → `Plan`, every rule keeping a reference to where the plan file sets it. */
export function decodePlan(file: string, data: Record<string, unknown>): Plan {
  const raw = data as unknown as RawPlan; // schema-valid: see RawPlan
  const named = (list: Named[] | undefined) => (list ?? []).map(({ ma, ten }) => ({ id: ma, name: ten }));
  return {
    id: raw.ma,
    title: raw.ten,
    ...(raw.so_hieu === undefined ? {} : { number: raw.so_hieu }),
    ...(raw.ngay_ban_hanh === undefined ? {} : { issuedOn: iso(raw.ngay_ban_hanh) }),
    issuer: raw.co_quan_ban_hanh,
    ...(raw.co_quan_chu_quan === undefined ? {} : { governingBody: raw.co_quan_chu_quan }),
    ...(raw.co_quan_tiep_nhan === undefined ? {} : { receiver: raw.co_quan_tiep_nhan }),
    ...(raw.noi_nhan_bao_cao?.length ? { reportAddressees: raw.noi_nhan_bao_cao } : {}),
    ...decodeReceiverDocument(raw.to_trinh_tong_hop),
    ...(raw.dia_danh === undefined ? {} : { place: raw.dia_danh }),
    firstYear: raw.nam_bat_dau,
    lastYear: raw.nam_ket_thuc ?? raw.nam_bat_dau,
    ...(raw.do_dai_ma_don_vi === undefined ? {} : { unitCodeDigits: raw.do_dai_ma_don_vi }),
    categories: (raw.nhom_don_vi ?? []).map((category, index) => decodeCategory(file, category, index)),
    deadlines: (raw.han_nop ?? []).map((deadline, index) => decodeDeadline(file, deadline, index, planYears(raw))),
    reportPeriods: raw.ky_bao_cao ?? [],
    fields: named(raw.linh_vuc),
    contentGroups: named(raw.nhom_noi_dung),
    ...(raw.ho_so
      ? {
          dossier: {
            sets: raw.ho_so.so_bo ?? 1,
            parts: raw.ho_so.thanh_phan ?? [],
            ...(raw.ho_so.nguon === undefined ? {} : { source: raw.ho_so.nguon }),
          },
        }
      : {}),
    awardTypes: named(raw.hinh_thuc_khen_thuong),
    legalBases: (raw.can_cu ?? []).map((b) => (typeof b === 'string' ? b : b.van_ban)),
    ...(raw.can_cu?.some((b) => typeof b !== 'string')
      ? {
          datedLegalBases: raw.can_cu.map((b): LegalBasis =>
            typeof b === 'string'
              ? { text: b }
              : {
                  text: b.van_ban,
                  ...(b.hieu_luc_tu === undefined ? {} : { from: iso(b.hieu_luc_tu) }),
                  ...(b.het_hieu_luc === undefined ? {} : { until: iso(b.het_hieu_luc) }),
                },
          ),
        }
      : {}),
    ...(raw.ban_hanh_kem_theo === undefined ? {} : { attachedTo: raw.ban_hanh_kem_theo }),
    ...(raw.loai_van_ban === undefined ? {} : { documentType: raw.loai_van_ban }),
    ...(raw.bo_tieu_chi === undefined ? {} : { rubricId: raw.bo_tieu_chi }),
    ...decodeVote(raw.bieu_quyet),
    modelReview: raw.ra_soat_mo_hinh ?? false,
    ...(raw.the_thuc === undefined ? {} : { style: raw.the_thuc }),
    ...(raw.nguon === undefined ? {} : { ruleSources: raw.nguon }),
    ...(raw.gia_dinh === undefined ? {} : { assumedRules: raw.gia_dinh }),
    ...(raw.don_vi_hop_nhat === undefined
      ? {}
      : {
          mergedUnits: raw.don_vi_hop_nhat.map((u) => ({
            name: u.ten,
            ...(u.tien_to_ma === undefined ? {} : { codePrefix: u.tien_to_ma }),
          })),
        }),
    file,
  };
}

function decodeReceiverDocument(raw: RawPlan['to_trinh_tong_hop']): { receiverDocument?: ReceiverDocument } {
  if (!raw) return {};
  const { ho_ten, chuc_vu, tham_quyen, cap_bac } = raw.nguoi_ky;
  return {
    receiverDocument: {
      ...(raw.ky_hieu === undefined ? {} : { code: raw.ky_hieu }),
      signer: {
        name: ho_ten,
        ...(chuc_vu === undefined ? {} : { title: chuc_vu }),
        ...(tham_quyen === undefined ? {} : { authority: tham_quyen }),
        ...(cap_bac === undefined ? {} : { rank: cap_bac }),
      },
    },
  };
}

// "2/3" is kept exact (6 of 9 passes); the percentage beside it is for display and older datasets.
function decodeVote(raw: RawPlan['bieu_quyet']): { vote?: VoteRule } {
  const base = raw?.co_so ?? 'tong-so';
  const fraction = /^(\d+)\/(\d+)$/.exec(raw?.phan_so ?? '');
  if (fraction) {
    const numerator = Number(fraction[1]);
    const denominator = Number(fraction[2]);
    const threshold = Math.round((numerator * 10_000) / denominator) / 100;
    return { vote: { threshold, base, fraction: { numerator, denominator } } };
  }
  return raw?.ty_le_toi_thieu === undefined ? {} : { vote: { threshold: raw.ty_le_toi_thieu, base } };
}

function decodeCategory(file: string, raw: RawCategory, index: number): UnitCategory {
  const pointer = childPointer('/nhom_don_vi', index);
  const quotas: Partial<Record<Subject, Quota>> = {};
  for (const [subject, key] of [
    ['tap-the', 'tap_the'],
    ['ca-nhan', 'ca_nhan'],
  ] as const) {
    const quota = raw.chi_tieu?.[key];
    if (!quota) continue;
    quotas[subject] = {
      count: quota.so_luong,
      mode: quota.kieu,
      perYear: quota.hang_nam ?? false,
      severity: severity(quota.muc_do),
      ...(quota.nguon === undefined ? {} : { source: quota.nguon }),
      ...(quota.gia_dinh ? { assumed: true } : {}),
      ref: { file, pointer: `${pointer}/chi_tieu/${key}` },
    };
  }
  return {
    id: raw.ma,
    name: raw.ten,
    unitTypes: raw.loai_don_vi ?? [],
    unitCodes: raw.ma_don_vi ?? [],
    codePrefixes: raw.ma_bat_dau ?? [],
    quotas,
    ...(raw.tieu_de ? { letterhead: decodeLetterhead(raw.tieu_de) } : {}),
    ...(raw.nguon === undefined ? {} : { source: raw.nguon }),
    ref: { file, pointer },
  };
}

const planYears = (raw: RawPlan): number[] =>
  Array.from({ length: (raw.nam_ket_thuc ?? raw.nam_bat_dau) - raw.nam_bat_dau + 1 }, (_, i) => raw.nam_bat_dau + i);

function decodeDeadline(file: string, raw: RawDeadline, index: number, years: number[]): Deadline {
  const recursYearly = raw.lap_lai_hang_nam ?? false;
  return {
    id: raw.ma,
    name: raw.ten ?? raw.ma,
    date: iso(raw.ngay),
    inclusive: raw.tinh_ca_ngay,
    recursYearly,
    appliesTo: raw.ap_dung,
    ...(raw.ky_bao_cao === undefined ? {} : { reportPeriod: raw.ky_bao_cao }),
    severity: severity(raw.muc_do),
    required: raw.bat_buoc ?? true,
    // A one-off date ("chậm nhất là ngày 15/4/2025") concerns the plan's first year, not every later one.
    years: raw.nam ?? (recursYearly ? years : years.slice(0, 1)),
    ...(raw.nguon === undefined ? {} : { source: raw.nguon }),
    ...(raw.noi_nhan === undefined ? {} : { receiver: raw.noi_nhan }),
    ...(raw.gia_dinh ? { assumed: true } : {}),
    ref: { file, pointer: childPointer('/han_nop', index) },
  };
}
