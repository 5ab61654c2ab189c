import { expect, it } from 'vitest';
import { checkPlanVocabulary } from './plan-vocabulary.js';
import { makePlan, makeSubmission } from './test-builders.js';

const fieldSentence = 'trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng';
const plan = makePlan({
  fields: [{ id: 'kinh-te', name: 'Kinh tế' }],
  awardTypes: [{ id: 'giay-khen', name: 'Giấy khen' }],
  reportPeriods: ['ca-nam'],
  ruleSources: { linh_vuc: fieldSentence, nam: 'năm 2025', ky_bao_cao: 'Cuối năm tổ chức tổng kết' },
  assumedRules: ['hinh_thuc_khen_thuong'],
});

it('an unknown field quotes the plan’s sentence for its fields; an assumed award list says so', () => {
  const submission = makeSubmission('001', {
    vocabulary: [
      { vocabulary: 'linh-vuc', value: 'kinh-tee', pointer: '/tap_the/0/linh_vuc' },
      { vocabulary: 'hinh-thuc-khen-thuong', value: 'bang-khen', pointer: '/tap_the/0/hinh_thuc' },
    ],
  });
  expect(checkPlanVocabulary(plan, submission).map((f) => [f.ruleId, f.params])).toEqual([
    [
      'plan/unknown-value',
      { vocabulary: 'linh-vuc', value: 'kinh-tee', allowed: 'kinh-te', suggestion: 'kinh-te', source: fieldSentence },
    ],
    [
      'plan/unknown-value',
      {
        vocabulary: 'hinh-thuc-khen-thuong',
        value: 'bang-khen',
        allowed: 'giay-khen',
        suggestion: undefined,
        assumed: true,
      },
    ],
  ]);
});

it('a year outside the plan and a period it does not set quote their sentences', () => {
  const submission = makeSubmission('001', { kind: 'bao-cao', year: 2026, reportPeriod: '6-thang' });
  expect(checkPlanVocabulary(plan, submission).map((f) => [f.ruleId, f.params])).toEqual([
    ['plan/year-out-of-range', { year: 2026, first: 2025, last: 2025, source: 'năm 2025' }],
    ['plan/unexpected-report-period', { period: '6-thang', allowed: 'ca-nam', source: 'Cuối năm tổ chức tổng kết' }],
  ]);
});
