import { expect, it } from 'vitest';
import { makePlan } from './test-builders.js';
import { checkMeeting, voteShare } from './votes.js';
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

it('computes the share in hundredths of a percent, rounding down', () => {
  expect(voteShare(9, 10)).toBe(9000);
  expect(voteShare(2, 3)).toBe(6666);
});

it('measures the share on all members or on those present, as the plan says', () => {
  const onAll = makePlan({ vote: { threshold: 90, base: 'tong-so' } });
  const onPresent = makePlan({ vote: { threshold: 90, base: 'co-mat' } });
  const m = meeting(11, 10, [[9, 1]]);
  expect(checkMeeting(m, onAll)).toMatchObject([
    { ruleId: 'vote/below-threshold', params: { yes: 9, base: 11, share: 81.81, assumed: true } },
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
