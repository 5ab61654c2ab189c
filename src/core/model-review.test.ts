import { expect, it } from 'vitest';
import { checkModelReview } from './model-review.js';
import { makePlan, makeSubmission, makeUnit } from './test-builders.js';
import { indexUnits } from './units.js';

const plan = makePlan({ modelReview: true, firstYear: 2025, lastYear: 2027 });
const index = indexUnits([
  {
    file: 'dm.yaml',
    units: [
      makeUnit('01', 'chi-bo', { formerUnits: [{ code: 'NK.01', name: 'Cũ', ref: { file: 'dm.yaml', pointer: '' } }] }),
    ],
  },
]);
const models = (...codes: string[]) =>
  codes.map((value, i) => ({ what: 'model-code' as const, value, pointer: `/tap_the/${i}/ma` }));

it('wants an outcome for every model the unit owns, its former unit’s included; flags a removed model registered again', () => {
  const headers = [
    // A former commune's model, registered under its old code, belongs to unit 01.
    makeSubmission('NK.01', { year: 2025, items: models('CU1') }),
    makeSubmission('01', { year: 2026, items: models('MH1', 'MH2') }),
    makeSubmission('01', {
      kind: 'bao-cao',
      year: 2026,
      reportPeriod: 'ca-nam',
      reviews: [
        { code: 'MH1', outcome: 'duy-tri', pointer: '/ket_qua_mo_hinh/0' },
        { code: 'CU1', outcome: 'thanh-loai', pointer: '/ket_qua_mo_hinh/1' },
      ],
    }),
    makeSubmission('01', { year: 2027, items: models('CU1') }),
  ];
  expect(checkModelReview(plan, index, headers).map((f) => [f.ruleId, f.params, f.at.file, f.at.pointer])).toEqual([
    ['review/removed-registered-again', { code: 'CU1', year: 2026 }, 'dang-ky-01.yaml', '/tap_the/0/ma'],
    // The plan gives no sentence for the yearly review here: the message says it is an assumption.
    ['review/missing-outcome', { code: 'MH2', year: 2026, assumed: true }, 'bao-cao-01.yaml', '/ket_qua_mo_hinh'],
  ]);
  // A plan without the yearly review still hears about a removed model registered again, not about missing outcomes.
  expect(checkModelReview(makePlan(), index, headers).map((f) => f.ruleId)).toEqual([
    'review/removed-registered-again',
  ]);
});

it('quotes the sentence of the plan that asks for the yearly review', () => {
  const source = 'Hằng năm, kiểm tra, đánh giá đề nghị thanh loại hoặc công nhận lại';
  const stated = makePlan({ ...plan, ruleSources: { ra_soat_mo_hinh: source } });
  const headers = [
    makeSubmission('01', { year: 2026, items: models('MH1') }),
    makeSubmission('01', { kind: 'bao-cao', year: 2026, reportPeriod: 'ca-nam', reviews: [] }),
  ];
  expect(checkModelReview(stated, index, headers).map((f) => f.params)).toEqual([{ code: 'MH1', year: 2026, source }]);
});
