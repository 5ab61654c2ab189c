import { describe, expect, it } from 'vitest';
import { checkQuotas } from './quotas.js';
import { makeCategory, makePlan, makeQuota, makeSubmission, makeUnit } from './test-builders.js';
import { indexUnits } from './units.js';

const plan = makePlan({
  firstYear: 2026,
  lastYear: 2027,
  categories: [
    makeCategory('so-nganh', {
      quotas: { 'tap-the': makeQuota(2, 'dung'), 'ca-nhan': makeQuota(4, 'toi-da', { severity: 'warning' }) },
    }),
    makeCategory('ubnd-xa', { quotas: { 'tap-the': makeQuota(1, 'toi-thieu', { perYear: true }) } }),
  ],
});
const index = indexUnits([
  {
    file: 'dm.yaml',
    units: [
      makeUnit('001', 'so-nganh'),
      makeUnit('003', 'ubnd-xa', {
        formerUnits: [{ code: '009', name: 'Xã cũ', ref: { file: 'dm.yaml', pointer: '/x' } }],
      }),
    ],
  },
]);

describe('checkQuotas', () => {
  it('accepts exact counts and flags over and under with the plan severity, on the offending list', () => {
    expect(checkQuotas(plan, index, [makeSubmission('001', { modelCount: 2, personCount: 4 })])).toEqual([]);
    const findings = checkQuotas(plan, index, [makeSubmission('001', { modelCount: 1, personCount: 5 })]);
    expect(findings).toMatchObject([
      {
        ruleId: 'quota/under',
        params: { subject: 'tap-the', count: 1, quota: 2, mode: 'dung' },
        severity: 'error',
        at: { pointer: '/tap_the' },
      },
      {
        ruleId: 'quota/over',
        params: { subject: 'ca-nhan', count: 5, quota: 4, mode: 'toi-da' },
        severity: 'warning',
        at: { pointer: '/ca_nhan' },
      },
    ]);
  });

  it('counts the latest registration when a unit sent two', () => {
    const findings = checkQuotas(plan, index, [
      makeSubmission('001', { file: 'a.yaml', sentOn: '2026-04-01' as never, modelCount: 5, personCount: 1 }),
      makeSubmission('001', { file: 'b.yaml', sentOn: '2026-04-05' as never, modelCount: 2, personCount: 1 }),
    ]);
    expect(findings).toEqual([]);
  });

  it('checks a per-year minimum in each year and attributes former codes to the current unit', () => {
    const findings = checkQuotas(plan, index, [
      makeSubmission('009', { year: 2026, modelCount: 1 }),
      makeSubmission('003', { year: 2027, modelCount: 0 }),
    ]);
    expect(findings).toMatchObject([{ ruleId: 'quota/under', params: { year: 2027, count: 0, quota: 1 } }]);
  });
});
