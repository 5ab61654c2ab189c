import { expect, it } from 'vitest';
import { planRuleSources, quotePlanRule, quoteRule } from './plan-sources.js';
import { makeDeadline, makePlan } from './test-builders.js';

const sentence = 'trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng';

it('quotes a rule’s sentence; a rule marked gia_dinh, or without a sentence, is an assumption', () => {
  expect(quoteRule(sentence)).toEqual({ source: sentence });
  expect(quoteRule(sentence, true)).toEqual({ source: sentence, assumed: true });
  expect(quoteRule(undefined)).toEqual({ assumed: true });
  expect(quoteRule('')).toEqual({ assumed: true });
});

it('reads a plan-wide rule’s sentence from nguon and its flag from gia_dinh', () => {
  const plan = makePlan({
    ruleSources: { linh_vuc: sentence, hinh_thuc_khen_thuong: 'biểu dương, khen thưởng' },
    assumedRules: ['hinh_thuc_khen_thuong'],
  });
  expect(quotePlanRule(plan, 'linh_vuc')).toEqual({ source: sentence });
  expect(quotePlanRule(plan, 'hinh_thuc_khen_thuong')).toEqual({ source: 'biểu dương, khen thưởng', assumed: true });
  expect(quotePlanRule(plan, 'nhom_noi_dung')).toEqual({ assumed: true });
});

it('lists each rule the way its messages quote it', () => {
  const plan = makePlan({
    fields: [{ id: 'kinh-te', name: 'Kinh tế' }],
    awardTypes: [{ id: 'giay-khen', name: 'Giấy khen' }],
    ruleSources: { linh_vuc: sentence },
    assumedRules: ['hinh_thuc_khen_thuong'],
  });
  const listed = planRuleSources(plan).filter((r) => ['linh_vuc', 'hinh_thuc_khen_thuong'].includes(r.key));
  expect(listed).toEqual([
    { key: 'linh_vuc', value: 'Kinh tế', source: sentence, assumed: false },
    { key: 'hinh_thuc_khen_thuong', value: 'Giấy khen', assumed: true },
  ]);
  for (const rule of listed) expect(quotePlanRule(plan, rule.key as 'linh_vuc').assumed === true).toBe(rule.assumed);
});

it('lists with the assumptions the end-of-period deadlines of reports the plan requires without a date', () => {
  const plan = makePlan({ reportPeriods: ['6-thang', 'ca-nam'], deadlines: [] });
  const undated = planRuleSources(plan).filter((r) => r.key.startsWith('han_nop/bao-cao-'));
  expect(undated).toEqual([
    { key: 'han_nop/bao-cao-6-thang', value: 'ngày cuối kỳ: 30/6 hằng năm', assumed: true },
    { key: 'han_nop/bao-cao-ca-nam', value: 'ngày cuối kỳ: 31/12 hằng năm', assumed: true },
  ]);
  const dated = makePlan({
    reportPeriods: ['ca-nam'],
    deadlines: [makeDeadline('2025-10-01', false, { id: 'bao-cao', appliesTo: ['bao-cao'] })],
  });
  expect(planRuleSources(dated).filter((r) => r.key.startsWith('han_nop/bao-cao-'))).toEqual([]);
});
