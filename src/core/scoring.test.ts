import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Points } from './points.js';
import type { Rubric, RubricLeaf, ScoreLine, ScoreSheet } from './rubric.js';
import { rankCards, scoreCard } from './score-card.js';
import { checkRubric, checkScoreSheet } from './scoring.js';

const leaf = (id: string, max: number, reserved = false): RubricLeaf => ({
  id,
  name: `Tiêu chí ${id}`,
  max: max as Points,
  group: id.split('.')[0] ?? id,
  reserved,
  ref: { file: 'tc.yaml', pointer: `/x/${id}` },
});

const rubric: Rubric = {
  id: 'tc',
  name: 'Bộ tiêu chí',
  template: false,
  statedTotal: 2000 as Points,
  leaves: [leaf('1.1', 500), leaf('1.2', 500), leaf('2', 500), leaf('9', 500, true)],
  bonuses: [{ id: 'T1', name: 'Thưởng', max: 200 as Points, ref: { file: 'tc.yaml', pointer: '/diem_thuong/0' } }],
  bonusLimit: 200 as Points,
  deductions: [{ id: 'D1', name: 'Trừ', max: 300 as Points, ref: { file: 'tc.yaml', pointer: '/diem_tru/0' } }],
  deductionLimit: 200 as Points,
  bands: [
    { id: 'tot', name: 'Tốt', from: 1600 as Points },
    { id: 'kha', name: 'Khá', from: 1300 as Points },
    { id: 'yeu', name: 'Yếu', from: 0 as Points },
  ],
  disqualifiers: [{ id: 'ky-luat', name: 'Bị kỷ luật' }],
  file: 'tc.yaml',
};

const line = (criterion: string, self?: number | string, reviewer?: number | string, reason?: string): ScoreLine => ({
  criterion,
  ...(self === undefined ? {} : { self }),
  ...(reviewer === undefined ? {} : { reviewer }),
  ...(reason === undefined ? {} : { reason }),
  pointer: `/diem/${criterion}`,
});
const sheet = (lines: ScoreLine[], extra: Partial<ScoreSheet> = {}): ScoreSheet => ({
  file: 'cd.yaml',
  unitCode: '001',
  year: 2025,
  rubricId: 'tc',
  lines,
  disqualified: [],
  ...extra,
});

describe('scoreCard', () => {
  it('adds self scores, lets the reviewer replace lines, adds the reserved slice, bonus and deductions', () => {
    const card = scoreCard(
      rubric,
      sheet([
        line('1.1', 4.5, '4,25', 'Thiếu minh chứng'),
        line('1.2', '4,75'),
        line('2', 5),
        line('9', undefined, 4),
        line('T1', 1),
        line('D1', 0.5),
      ]),
    );
    // self 4,5 + 4,75 + 5 + 1 − 0,5; reviewer 4,25 + 4,75 + 5 + 4 (reserved) + 1 − 0,5
    expect(card).toMatchObject({ self: 1475, reviewer: 1850, reviewed: true, final: 1850, ownWork: 1400 });
    expect(card.band?.name).toBe('Tốt');
  });

  it('without a reviewer the self total is final; a disqualifier removes the band', () => {
    const card = scoreCard(
      rubric,
      sheet([line('1.1', 5), line('1.2', 5), line('2', 5)], {
        disqualified: [{ id: 'ky-luat', reason: 'Quyết định 12/QĐ', pointer: '/k/0' }],
      }),
    );
    expect(card).toMatchObject({ self: 1500, reviewed: false, final: 1500 });
    expect(card.band).toBeUndefined();
    expect(card.disqualified).toEqual([{ id: 'ky-luat', name: 'Bị kỷ luật', reason: 'Quyết định 12/QĐ' }]);
  });
});

describe('checkScoreSheet', () => {
  it('finds every kind of mistake, each on its own line and field', () => {
    const findings = checkScoreSheet(
      rubric,
      sheet(
        [
          line('1.1', 6),
          line('1.1', 4),
          line('1.3', 2),
          line('2', 4.125),
          line('9', 3, 4),
          line('D1', 2.5, 2.5),
          line('2', 4, 3),
        ],
        { statedSelfTotal: 20, disqualified: [{ id: 'ky-luat-2', reason: 'x', pointer: '/khong_du_dieu_kien/0' }] },
      ),
    );
    expect(findings.map((f) => `${f.ruleId} ${f.at.pointer}`)).toEqual([
      'score/above-max /diem/1.1/tu_cham',
      'score/duplicate-criterion /diem/1.1/tieu_chi',
      'score/unknown-criterion /diem/1.3/tieu_chi',
      'score/invalid-points /diem/2/tu_cham',
      'score/self-on-reserved /diem/9/tu_cham',
      'score/change-without-reason /diem/9/cap_tren_cham',
      'score/duplicate-criterion /diem/2/tieu_chi',
      'score/change-without-reason /diem/2/cap_tren_cham',
      'score/missing-criterion /diem',
      'score/limit-exceeded /diem',
      'score/total-mismatch /tong_tu_cham',
      'score/unknown-disqualifier /khong_du_dieu_kien/0/ma',
    ]);
  });

  it('accepts a correct sheet', () => {
    const good = sheet(
      [line('1.1', 5), line('1.2', 4.5, 4, 'Chưa đủ minh chứng'), line('2', 5), line('9', undefined, 4)],
      {
        statedSelfTotal: '14,5',
        statedReviewerTotal: 18,
      },
    );
    expect(checkScoreSheet(rubric, good)).toEqual([]);
  });
});

it('checks the rubric itself', () => {
  expect(checkRubric({ ...rubric, statedTotal: 10000 as Points }).map((f) => f.ruleId)).toEqual([
    'rubric/total-mismatch',
  ]);
  expect(checkRubric({ ...rubric, leaves: [...rubric.leaves, leaf('2', 0)] }).map((f) => f.ruleId)).toEqual([
    'rubric/duplicate-id',
  ]);
});

it('ranks by final total, then own-criteria points, then Vietnamese name order', () => {
  const card = (code: string, final: number, ownWork: number) => ({
    ...scoreCard(rubric, sheet([])),
    unitCode: code,
    final: final as Points,
    ownWork: ownWork as Points,
  });
  const names: Record<string, string> = {
    a: 'Đơn vị Bến Tre',
    b: 'Đơn vị Ấp Bắc',
    c: 'Đơn vị An Giang',
    d: 'Đơn vị Zeta',
  };
  const ranked = rankCards(
    [card('a', 1800, 1500), card('b', 1800, 1500), card('c', 1800, 1600), card('d', 1900, 1000)],
    (c) => names[c.unitCode] ?? '',
  );
  expect(ranked.map((c) => [c.rank, c.unitCode])).toEqual([
    [1, 'd'],
    [2, 'c'],
    [3, 'b'],
    [4, 'a'],
  ]);
});

describe('properties', () => {
  // A random rubric: ids "g.k", maxima in hundredths, and a self score within each maximum.
  const arbitraryCase = fc
    .array(fc.array(fc.integer({ min: 25, max: 2000 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
    .chain((groups) => {
      const leaves = groups.flatMap((maxima, g) => maxima.map((max, k) => leaf(`${g + 1}.${k + 1}`, max)));
      return fc.tuple(
        fc.constant(leaves),
        fc.tuple(...leaves.map((l) => fc.integer({ min: 0, max: l.max }))),
        fc.infiniteStream(fc.nat()),
      );
    });

  it('a total always equals the sum of its parts', () => {
    fc.assert(
      fc.property(arbitraryCase, ([leaves, scores]) => {
        const r = { ...rubric, leaves, bonuses: [], deductions: [] };
        const lines = leaves.map((l, i) => line(l.id, (scores[i] as number) / 100));
        const card = scoreCard(r, sheet(lines));
        return (
          card.self === scores.reduce((a: number, b: number) => a + b, 0) &&
          checkScoreSheet(r, sheet(lines)).length === 0
        );
      }),
    );
  });

  it('reordering criteria never changes a total or a band', () => {
    fc.assert(
      fc.property(arbitraryCase, ([leaves, scores, randomness]) => {
        const r = { ...rubric, leaves, bonuses: [], deductions: [] };
        const lines = leaves.map((l, i) => line(l.id, (scores[i] as number) / 100));
        const order = lines.map((l) => [randomness.next().value as number, l] as const).sort((a, b) => a[0] - b[0]);
        const shuffledLines = order.map(([, l]) => l);
        const shuffledRubric = { ...r, leaves: [...leaves].reverse() };
        const a = scoreCard(r, sheet(lines));
        const b = scoreCard(shuffledRubric, sheet(shuffledLines));
        return a.self === b.self && a.final === b.final && a.band?.id === b.band?.id;
      }),
    );
  });
});
