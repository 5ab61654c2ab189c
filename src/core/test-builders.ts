import type { IsoDate } from './dates.js';
import type { Deadline, Plan, Quota, UnitCategory } from './plan.js';
import type { SubmissionHeader, Unit } from './types.js';

/** Builders for core tests (excluded from the build). */
export const makeQuota = (count: number, mode: Quota['mode'], extra: Partial<Quota> = {}): Quota => ({
  count,
  mode,
  perYear: false,
  severity: 'error',
  ref: { file: 'kh.yaml', pointer: '/q' },
  ...extra,
});

export const makeCategory = (id: string, extra: Partial<UnitCategory> = {}): UnitCategory => ({
  id,
  name: `Nhóm ${id}`,
  unitTypes: [id],
  unitCodes: [],
  codePrefixes: [],
  quotas: {},
  ref: { file: 'kh.yaml', pointer: `/nhom_don_vi/${id}` },
  ...extra,
});

export const makeDeadline = (date: string, inclusive: boolean, extra: Partial<Deadline> = {}): Deadline => ({
  id: 'han',
  name: 'Hạn',
  date: date as IsoDate,
  inclusive,
  recursYearly: false,
  appliesTo: ['dang-ky'],
  severity: 'error',
  required: true,
  years: [2025],
  ref: { file: 'kh.yaml', pointer: '/han_nop/0' },
  ...extra,
});

export const makePlan = (extra: Partial<Plan> = {}): Plan => ({
  id: 'kh',
  title: 'Kế hoạch',
  issuer: 'UBND',
  firstYear: 2025,
  lastYear: 2025,
  categories: [],
  deadlines: [],
  reportPeriods: [],
  fields: [],
  contentGroups: [],
  awardTypes: [],
  legalBases: [],
  modelReview: false,
  file: 'kh.yaml',
  ...extra,
});

export const makeUnit = (code: string, type: string, extra: Partial<Unit> = {}): Unit => ({
  code,
  name: `Đơn vị ${code}`,
  type,
  formerUnits: [],
  ref: { file: 'dm.yaml', pointer: `/don_vi/${code}` },
  ...extra,
});

export const makeSubmission = (unitCode: string, extra: Partial<SubmissionHeader> = {}): SubmissionHeader => ({
  kind: 'dang-ky',
  file: `${extra.kind ?? 'dang-ky'}-${unitCode}.yaml`,
  unitCode,
  unitRef: { file: `${extra.kind ?? 'dang-ky'}-${unitCode}.yaml`, pointer: '/ma_don_vi' },
  year: 2025,
  sentOn: '2025-04-10' as IsoDate,
  items: [],
  vocabulary: [],
  modelCount: 0,
  personCount: 0,
  ...extra,
});
