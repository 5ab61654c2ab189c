import { expect, it } from 'vitest';
import type { IsoDate } from './dates.js';
import { buildStatus } from './status.js';
import { makeCategory, makeDeadline, makePlan, makeQuota, makeSubmission, makeUnit } from './test-builders.js';
import { indexUnits } from './units.js';

const plan = makePlan({
  categories: [makeCategory('so-nganh', { quotas: { 'tap-the': makeQuota(2, 'dung') } })],
  deadlines: [
    makeDeadline('2025-04-15', true, { id: 'dang-ky' }),
    makeDeadline('2025-12-15', false, { id: 'khen-thuong', appliesTo: ['bao-cao', 'de-nghi-khen-thuong'] }),
  ],
});
const index = indexUnits([{ file: 'dm.yaml', units: ['001', '002', '003'].map((c) => makeUnit(c, 'so-nganh')) }]);
const headers = [
  makeSubmission('001', { modelCount: 2, sentOn: '2025-04-15' as IsoDate }),
  makeSubmission('002', { modelCount: 3, sentOn: '2025-04-18' as IsoDate }),
];

it('tells submitted, late, missing and pending per unit and deadline, with the next deadline', () => {
  const status = buildStatus(plan, index, headers, '2025-04-20' as IsoDate);
  const summary = status.units.map((u) => [
    u.unit.code,
    u.quotas['tap-the']?.ok,
    ...u.deadlines.map((d) => `${d.id}:${d.state}:${d.daysLate}:${d.daysLeft}`),
    u.overdue,
  ]);
  expect(summary).toEqual([
    ['001', true, 'dang-ky:submitted:0:0', 'khen-thuong:pending:0:238', false],
    ['002', false, 'dang-ky:late:3:0', 'khen-thuong:pending:0:238', true],
    ['003', false, 'dang-ky:missing:5:0', 'khen-thuong:pending:0:238', true],
  ]);
  expect(status.nextDeadline).toEqual({ id: 'khen-thuong', name: 'Hạn', date: '2025-12-15', daysLeft: 238 });
  expect(status.units[1]?.deadlines[1]?.missingKinds).toEqual(['bao-cao', 'de-nghi-khen-thuong']);
});

it('a deadline day itself is still pending with 0 days left', () => {
  const status = buildStatus(plan, index, [], '2025-04-15' as IsoDate);
  expect(status.units[0]?.deadlines[0]).toMatchObject({ state: 'pending', daysLeft: 0 });
  expect(status.nextDeadline?.id).toBe('dang-ky');
});

it('looks for the next deadline in later plan years and leaves optional kinds alone', () => {
  const multiYear = makePlan({
    firstYear: 2026,
    lastYear: 2031,
    categories: [makeCategory('so-nganh')],
    deadlines: [
      makeDeadline('2026-11-25', false, {
        id: 'bao-cao',
        appliesTo: ['bao-cao'],
        recursYearly: true,
        years: [2026, 2027, 2028, 2029, 2030, 2031],
      }),
      makeDeadline('2026-11-25', false, {
        id: 'khen',
        appliesTo: ['de-nghi-khen-thuong'],
        recursYearly: true,
        required: false,
        years: [2026, 2027],
      }),
    ],
  });
  const report = makeSubmission('001', { kind: 'bao-cao', year: 2026, sentOn: '2026-11-20' as IsoDate });
  const status = buildStatus(multiYear, index, [report], '2026-12-20' as IsoDate);
  expect(status.units[0]?.deadlines.map((d) => d.state)).toEqual(['submitted', 'optional']);
  expect(status.units[0]?.overdue).toBe(false);
  expect(status.nextDeadline).toMatchObject({ id: 'bao-cao', date: '2027-11-25', daysLeft: 339 });
});

it('honours deadline years: a one-off 2026 registration date does not apply in 2027 (issue 13)', () => {
  const phuong = makePlan({
    firstYear: 2026,
    lastYear: 2031,
    categories: [makeCategory('so-nganh')],
    deadlines: [
      makeDeadline('2025-10-31', true, { id: 'dang-ky', years: [2026] }),
      makeDeadline('2026-11-25', false, {
        id: 'bao-cao',
        appliesTo: ['bao-cao'],
        recursYearly: true,
        years: [2026, 2027],
      }),
      makeDeadline('2026-12-05', false, {
        id: 'tong-hop',
        appliesTo: [],
        recursYearly: true,
        years: [2026, 2027],
        receiver: 'Thường trực Đảng ủy',
      }),
    ],
  });
  const report = makeSubmission('001', { kind: 'bao-cao', year: 2027, sentOn: '2027-11-20' as IsoDate });
  const status = buildStatus(phuong, index, [report], '2027-11-30' as IsoDate);
  expect(status.units[0]?.deadlines.map((d) => `${d.id}:${d.state}`)).toEqual(['bao-cao:submitted']);
  expect(status.units[0]?.overdue).toBe(false);
  expect(status.units[1]?.deadlines.map((d) => `${d.id}:${d.state}:${d.daysLate}`)).toEqual(['bao-cao:missing:6']);
  expect(status.ownDeadlines).toEqual([
    { id: 'tong-hop', name: 'Hạn', date: '2027-12-05', daysLeft: 4, receiver: 'Thường trực Đảng ủy' },
  ]);
});

it('requires each report period of ky_bao_cao per unit, with an assumed date when the plan gives none', () => {
  const xa = makePlan({
    categories: [makeCategory('so-nganh')],
    reportPeriods: ['6-thang', 'ca-nam'],
    contentGroups: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
  });
  const half = makeSubmission('001', {
    kind: 'bao-cao',
    reportPeriod: '6-thang',
    sentOn: '2025-06-20' as IsoDate,
    vocabulary: [{ vocabulary: 'nhom-noi-dung', value: 'a', pointer: '/ket_qua_noi_dung/0/nhom' }],
  });
  const status = buildStatus(xa, index, [half], '2025-07-15' as IsoDate);
  const cells = status.units.map((u) =>
    u.deadlines.map((d) => `${d.id}:${d.state}:${d.assumed}:${d.missingGroups ?? ''}`),
  );
  expect(cells).toEqual([
    ['bao-cao-6-thang:submitted:true:b', 'bao-cao-ca-nam:pending:true:'],
    ['bao-cao-6-thang:missing:true:', 'bao-cao-ca-nam:pending:true:'],
    ['bao-cao-6-thang:missing:true:', 'bao-cao-ca-nam:pending:true:'],
  ]);
  // A report that leaves out a content group needs following up, like a missing one.
  expect(status.units.map((u) => u.overdue)).toEqual([true, true, true]);
});

it('marks a unit whose files still hold init sample text, and only that unit', () => {
  const sample = headers[0]?.file ?? '';
  const status = buildStatus(plan, index, headers, '2025-04-20' as IsoDate, new Set([sample]));
  expect(status.units.map((u) => u.sampleFiles)).toEqual([[sample], undefined, undefined]);
  expect(status.units[0]?.overdue).toBe(false);
});

it('marks a unit whose files have errors (danvan merge leaves them out), and only that unit', () => {
  const broken = headers[1]?.file ?? '';
  const status = buildStatus(plan, index, headers, '2025-04-20' as IsoDate, new Set(), new Set([broken]));
  expect(status.units.map((u) => u.errorFiles)).toEqual([undefined, [broken], undefined]);
});

it('counts what each unit registered even where the plan sets no quota', () => {
  const noQuota = makePlan({ ...plan, categories: [makeCategory('so-nganh')] });
  const status = buildStatus(noQuota, index, headers, '2025-04-20' as IsoDate);
  expect(status.units.map((u) => [u.quotas['tap-the'], u.registered?.['tap-the']])).toEqual([
    [undefined, 2],
    [undefined, 3],
    [undefined, undefined],
  ]);
});
