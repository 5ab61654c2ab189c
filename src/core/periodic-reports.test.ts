import { expect, it } from 'vitest';
import { checkContentGroups, unitDeadlines } from './periodic-reports.js';
import { makeDeadline, makePlan, makeSubmission } from './test-builders.js';

const plan = makePlan({
  reportPeriods: ['6-thang', 'ca-nam'],
  contentGroups: [
    { id: 'quan-triet', name: 'Quán triệt' },
    { id: 'tuyen-truyen', name: 'Tuyên truyền' },
  ],
  deadlines: [makeDeadline('2025-10-01', false, { id: 'nam', appliesTo: ['bao-cao'], reportPeriod: 'ca-nam' })],
});

it('adds an assumed deadline only for a report period no stated deadline covers', () => {
  expect(unitDeadlines(plan, 2025).map((d) => [d.id, d.date, d.assumed ?? false])).toEqual([
    ['nam', '2025-10-01', false],
    ['bao-cao-6-thang', '2025-06-30', true],
  ]);
});

it('reports each content group a report leaves out, at ket_qua_noi_dung', () => {
  const report = makeSubmission('001', {
    kind: 'bao-cao',
    vocabulary: [{ vocabulary: 'nhom-noi-dung', value: 'quan-triet', pointer: '/ket_qua_noi_dung/0/nhom' }],
  });
  expect(checkContentGroups(plan, report)).toMatchObject([
    {
      ruleId: 'report/missing-content-group',
      params: { count: 1, groups: '"tuyen-truyen" (Tuyên truyền)' },
      at: { pointer: '/ket_qua_noi_dung' },
    },
  ]);
  expect(checkContentGroups(plan, makeSubmission('001'))).toEqual([]);
});

it('quotes the plan’s sentence for its content groups, or says they are an assumption', () => {
  const report = makeSubmission('001', { kind: 'bao-cao' });
  const source = 'các cơ quan nhà nước, chính quyền các cấp cần thực hiện tốt một số nội dung chủ yếu sau';
  expect(checkContentGroups({ ...plan, ruleSources: { nhom_noi_dung: source } }, report)[0]?.params).toEqual({
    count: 2,
    groups: '"quan-triet" (Quán triệt); "tuyen-truyen" (Tuyên truyền)',
    source,
  });
  expect(checkContentGroups(plan, report)[0]?.params).toMatchObject({ assumed: true });
  expect(checkContentGroups(plan, report)[0]?.params).not.toHaveProperty('source');
});
