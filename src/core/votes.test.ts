import { expect, it } from 'vitest';
import { makePlan } from './test-builders.js';
import { checkMeeting, formatShare, formatThreshold, reachesThreshold, voteOutcome, voteShare } from './votes.js';
import type { Meeting } from './votes.js';

const meeting = (members: number, present: number, votes: [number, number][]): Meeting => ({
  file: 'bb.yaml',
  members,
  present,
  votes: votes.map(([yes, no], i) => ({
    subject: 'ca-nhan',
    name: `Người ${i + 1}`,
    yes,
    no,
    pointer: `/bieu_quyet/${i}`,
  })),
});

it('computes the share in hundredths of a percent, rounded half-up as councils write it', () => {
  expect(voteShare(9, 10)).toBe(9000);
  expect(voteShare(2, 3)).toBe(6667);
  expect(voteShare(7, 9)).toBe(7778); // 77,777… → 77,78, not 77,77
  expect(voteShare(10, 11)).toBe(9091);
  expect(voteShare(1, 8)).toBe(1250);
  expect(voteShare(3, 0)).toBe(0);
  expect(formatShare(voteShare(7, 9))).toBe('77,78%');
  expect(formatShare(9000)).toBe('90%');
});

it('compares exactly: an exact fraction passes at its bar, a percentage never rounds a nominee over', () => {
  const twoThirds = { threshold: 66.67, base: 'tong-so' as const, fraction: { numerator: 2, denominator: 3 } };
  expect(reachesThreshold(6, 9, twoThirds)).toBe(true); // 66,666…% reaches 2/3
  expect(reachesThreshold(5, 9, twoThirds)).toBe(false);
  expect(reachesThreshold(6, 9, { threshold: 66.67, base: 'tong-so' })).toBe(false); // the percentage as written
  expect(reachesThreshold(9, 11, { threshold: 90, base: 'tong-so' })).toBe(false);
  expect(reachesThreshold(10, 11, { threshold: 90, base: 'tong-so' })).toBe(true);
  expect(reachesThreshold(9, 10, { threshold: 90, base: 'tong-so' })).toBe(true);
  expect(formatThreshold(twoThirds)).toBe('2/3');
  expect(formatThreshold({ threshold: 66.67, base: 'tong-so' })).toBe('66,67%');
});

it('calls an impossible tally invalid, whatever the threshold', () => {
  const rule = { threshold: 50, base: 'co-mat' as const };
  expect(voteOutcome({ yes: 10, no: 0 }, { members: 11, present: 9 }, rule)).toBe('khong-hop-le');
  expect(voteOutcome({ yes: 10, no: 0 }, { members: 11, present: 9 }, undefined)).toBe('khong-hop-le');
  expect(voteOutcome({ yes: 5, no: 0 }, { members: 9, present: 10 }, rule)).toBe('khong-hop-le');
  expect(voteOutcome({ yes: 5, no: 4 }, { members: 11, present: 9 }, rule)).toBe('dat');
  expect(voteOutcome({ yes: 4, no: 5 }, { members: 11, present: 9 }, rule)).toBe('khong-dat');
});

it('measures the share on all members or on those present, as the plan says', () => {
  const onAll = makePlan({ vote: { threshold: 90, base: 'tong-so' } });
  const onPresent = makePlan({ vote: { threshold: 90, base: 'co-mat' } });
  const m = meeting(11, 10, [[9, 1]]);
  expect(checkMeeting(m, onAll)).toMatchObject([
    {
      ruleId: 'vote/below-threshold',
      params: { yes: 9, base: 11, share: '81,82%', threshold: '90%', assumed: true },
    },
  ]);
  // A threshold the plan quotes is applied with its sentence and not called an assumption.
  const stated = makePlan({ vote: { threshold: 90, base: 'tong-so' }, ruleSources: { bieu_quyet: 'đạt từ 90%' } });
  expect(checkMeeting(m, stated)[0]?.params).toMatchObject({ source: 'đạt từ 90%' });
  expect(checkMeeting(m, stated)[0]?.params).not.toHaveProperty('assumed');
  expect(checkMeeting(m, onPresent)).toEqual([]);
});

it('reports impossible attendance and tallies, without a plan too', () => {
  expect(checkMeeting(meeting(9, 10, [[8, 3]]), undefined).map((f) => f.ruleId)).toEqual([
    'vote/present-over-total',
    'vote/more-than-present',
  ]);
});
