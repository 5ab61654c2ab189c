import { describe, expect, it } from 'vitest';
import { buildModelRegister } from './model-register.js';
import { ownedIn } from './model-review.js';
import type { RegisterSource } from './model-register.js';
import type { CollectiveRecord } from './records.js';
import { makeSubmission, makeUnit } from './test-builders.js';
import type { SubmissionHeader } from './types.js';
import { indexUnits } from './units.js';

const index = indexUnits([
  {
    file: 'dm.yaml',
    units: [
      makeUnit('03', 'mttq', {
        formerUnits: [{ code: 'NP.03', name: 'MTTQ xã Nhơn Phúc', ref: { file: 'dm.yaml', pointer: '' } }],
      }),
      makeUnit('06', 'khu-pho'),
    ],
  },
]);

/** A registration listing [code, name, field] models, with the records a merge reads. */
function registration(unit: string, year: number, models: [string, string, string][]): RegisterSource {
  const file = `dang-ky-${unit}-${year}.yaml`;
  const header = makeSubmission(unit, {
    file,
    year,
    items: models.map(([code], i) => ({ what: 'model-code' as const, value: code, pointer: `/tap_the/${i}/ma` })),
  });
  const collectives = models.map(([modelCode, name, field], i): CollectiveRecord => ({
    name,
    modelCode,
    field,
    source: { file, line: 20 + i, column: 5, pointer: `/tap_the/${i}` },
  }));
  return { header, records: { collectives, people: [], votes: [] } };
}

function yearlyReport(unit: string, year: number, reviews: NonNullable<SubmissionHeader['reviews']>): RegisterSource {
  const file = `bao-cao-${unit}-${year}.yaml`;
  return { header: makeSubmission(unit, { kind: 'bao-cao', file, year, reportPeriod: 'ca-nam', reviews }) };
}

const at = (i: number) => `/ket_qua_mo_hinh/${i}`;

describe('the register of models across years', () => {
  const sources = [
    // A former commune's model, registered under its old code in 2025, belongs to unit 03 from then on.
    registration('NP.03', 2025, [['MH05', 'Tổ tự quản phân loại rác', 'van-hoa-xa-hoi']]),
    registration('06', 2026, [
      ['MH01', 'Đường hoa, đèn sáng', 'van-hoa-xa-hoi'],
      ['MH02', 'Vườn rau sạch hộ gia đình', 'kinh-te'],
    ]),
    yearlyReport('03', 2026, [
      { code: 'MH05', outcome: 'cong-nhan-lai', reason: 'Nhân rộng ra toàn phường mới', pointer: at(0) },
      // A model of the former commune registered before the inbox's years: only its review is known.
      { code: 'MH09', name: 'Sân chơi thiếu nhi', outcome: 'duy-tri', pointer: at(1) },
    ]),
    yearlyReport('06', 2026, [
      { code: 'MH01', outcome: 'duy-tri', pointer: at(0) },
      { code: 'MH02', outcome: 'thanh-loai', reason: 'Thiếu nước tưới', pointer: at(1) },
    ]),
    // Registered again the next year under a new name, then kept: flagged at the new registration.
    registration('06', 2027, [['MH02', 'Vườn rau sạch (làm lại)', 'kinh-te']]),
    yearlyReport('06', 2027, [
      { code: 'MH01', outcome: 'nang-chat', pointer: at(0) },
      { code: 'MH02', outcome: 'duy-tri', pointer: at(1) },
      { code: 'MH03', pointer: at(2) }, // no outcome: validate's missing-outcome, not an event
    ]),
  ];
  // Input order does not matter: the register sorts every history.
  const { models, findings } = buildModelRegister([...sources].reverse(), index);

  it('keys each model by its current unit and code, the former unit’s code kept as registeredAs', () => {
    expect(models.map((m) => [m.unit, m.code, m.name, m.field, m.registeredAs, m.registeredIn, m.state])).toEqual([
      ['03', 'MH05', 'Tổ tự quản phân loại rác', 'van-hoa-xa-hoi', 'NP.03', 2025, 'cong-nhan-lai'],
      ['03', 'MH09', 'Sân chơi thiếu nhi', undefined, undefined, undefined, 'duy-tri'],
      ['06', 'MH01', 'Đường hoa, đèn sáng', 'van-hoa-xa-hoi', undefined, 2026, 'nang-chat'],
      ['06', 'MH02', 'Vườn rau sạch (làm lại)', 'kinh-te', undefined, 2026, 'duy-tri'],
    ]);
  });

  it('orders each history by year, the registration before the year-end review, with reasons', () => {
    const garden = models.find((m) => m.code === 'MH02');
    expect(garden?.history.map((e) => [e.year, e.event, e.reason, e.file, e.pointer])).toEqual([
      [2026, 'dang-ky', undefined, 'dang-ky-06-2026.yaml', '/tap_the/1/ma'],
      [2026, 'thanh-loai', 'Thiếu nước tưới', 'bao-cao-06-2026.yaml', at(1)],
      [2027, 'dang-ky', undefined, 'dang-ky-06-2027.yaml', '/tap_the/0/ma'],
      [2027, 'duy-tri', undefined, 'bao-cao-06-2027.yaml', at(1)],
    ]);
    expect(garden?.registeredAgainAfterRemoval).toBe(2026);
  });

  it('flags the removed model registered again, at the new registration', () => {
    expect(findings).toEqual([
      {
        ruleId: 'review/removed-registered-again',
        params: { code: 'MH02', year: 2026 },
        at: { file: 'dang-ky-06-2027.yaml', pointer: '/tap_the/0/ma' },
      },
    ]);
  });

  it('tells which models a unit owned in a year’s review', () => {
    const garden = models.find((m) => m.code === 'MH02');
    const former = models.find((m) => m.code === 'MH05');
    expect([2025, 2026, 2027].map((year) => garden && ownedIn(garden, year))).toEqual([false, true, true]);
    expect([2025, 2026, 2027].map((year) => former && ownedIn(former, year))).toEqual([true, true, true]);
  });

  it('flags a removed model registered again under a new code by its name, once names are known (merge)', () => {
    const renamed = [
      ...sources.slice(0, 4),
      // Case, spacing and tone placement differ; the code is new.
      registration('06', 2027, [['MH07', 'vườn  rau sạch hộ gia ĐÌNH', 'kinh-te']]),
    ];
    const { models: again, findings: flagged } = buildModelRegister(renamed, index);
    expect(flagged).toEqual([
      {
        ruleId: 'review/removed-registered-again',
        params: { code: 'MH07', year: 2026, removedCode: 'MH02' },
        at: { file: 'dang-ky-06-2027.yaml', pointer: '/tap_the/0/ma' },
      },
    ]);
    expect(again.find((m) => m.code === 'MH07')).toMatchObject({
      registeredAgainAfterRemoval: 2026,
      removedAs: 'MH02',
    });
    // validate reads headers only: without names, codes alone decide.
    expect(
      buildModelRegister(
        renamed.map(({ header }) => ({ header })),
        index,
      ).findings,
    ).toEqual([]);
  });

  it('forgets nothing when a model is removed and never comes back', () => {
    const once = buildModelRegister(sources.slice(0, 4), index);
    expect(once.findings).toEqual([]);
    const garden = once.models.find((m) => m.code === 'MH02');
    expect([garden?.state, garden?.registeredAgainAfterRemoval, garden && ownedIn(garden, 2027)]).toEqual([
      'thanh-loai',
      undefined,
      false,
    ]);
  });
});
