import type { Finding } from '../messages/catalog.js';
import type { Plan, VoteRule } from './plan.js';
import { quotePlanRule } from './plan-sources.js';

export type { VoteRule } from './plan.js';

/** Biên bản họp bình xét: council size, attendance and each nominee's vote. */
export interface Meeting {
  file: string;
  members: number;
  present: number;
  votes: { subject: string; name: string; yes: number; no: number; pointer: string }[];
}

/** What the council's vote decides for one nominee: passed, below the bar, or a tally that cannot be. */
export type VoteOutcome = 'dat' | 'khong-dat' | 'khong-hop-le';

/**
 * The share of "đồng ý" on the base, in hundredths of a percent (9000 = 90%), rounded half-up as councils write it
 * (7/9 = 77,78%). Integer arithmetic only. A base of 0 gives 0.
 */
export function voteShare(yes: number, base: number): number {
  return base <= 0 ? 0 : Math.floor((yes * 20_000 + base) / (2 * base));
}

/**
 * Whether `yes` of `base` reaches the rule, compared exactly (cross-multiplied integers, never the rounded share):
 * 6/9 passes "2/3"; 9/11 fails 90%. A percentage keeps at most two decimals (66.67 → 6667/10000).
 */
export function reachesThreshold(yes: number, base: number, rule: VoteRule): boolean {
  if (base <= 0) return false;
  const { numerator, denominator } = rule.fraction ?? {
    numerator: Math.round(rule.threshold * 100),
    denominator: 10_000,
  };
  return yes * denominator >= numerator * base;
}

/**
 * One nominee's outcome. Invalid when the tally cannot be (more votes cast than members present, more present than
 * members); otherwise measured against the plan's rule; with no rule in the plan, a valid vote stands as the
 * council's decision.
 */
export function voteOutcome(
  tally: { yes: number; no: number },
  council: { members: number; present: number },
  rule: VoteRule | undefined,
): VoteOutcome {
  if (council.present > council.members || tally.yes + tally.no > council.present) return 'khong-hop-le';
  if (!rule) return 'dat';
  const base = rule.base === 'co-mat' ? council.present : council.members;
  return reachesThreshold(tally.yes, base, rule) ? 'dat' : 'khong-dat';
}

/** "77,78%": a share in hundredths of a percent, decimal comma, no trailing zeros. */
export function formatShare(hundredths: number): string {
  return `${(hundredths / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2, useGrouping: false })}%`;
}

/** The threshold as the plan writes it: "2/3" for a fraction, "66,67%" for a percentage (decimal comma). */
export function formatThreshold(rule: VoteRule): string {
  return rule.fraction
    ? `${rule.fraction.numerator}/${rule.fraction.denominator}`
    : formatShare(Math.round(rule.threshold * 100));
}

/** Attendance and tallies must be possible; each nominee needs the plan's share of "đồng ý" on the plan's base. */
export function checkMeeting(meeting: Meeting, plan: Plan | undefined): Finding[] {
  const findings: Finding[] = [];
  const at = (pointer: string) => ({ file: meeting.file, pointer });
  if (meeting.present > meeting.members) {
    findings.push({
      ruleId: 'vote/present-over-total',
      params: { present: meeting.present, members: meeting.members },
      at: at('/thanh_vien/co_mat'),
    });
  }
  const vote = plan?.vote;
  for (const v of meeting.votes) {
    if (v.yes + v.no > meeting.present) {
      findings.push({
        ruleId: 'vote/more-than-present',
        params: { name: v.name, cast: v.yes + v.no, present: meeting.present },
        at: at(v.pointer),
      });
    }
    if (!vote) continue;
    const base = vote.base === 'co-mat' ? meeting.present : meeting.members;
    if (!reachesThreshold(v.yes, base, vote)) {
      findings.push({
        ruleId: 'vote/below-threshold',
        params: {
          name: v.name,
          yes: v.yes,
          base,
          share: formatShare(voteShare(v.yes, base)),
          threshold: formatThreshold(vote),
          onPresent: vote.base === 'co-mat',
          ...(plan ? quotePlanRule(plan, 'bieu_quyet') : {}),
        },
        at: at(`${v.pointer}/dong_y`),
      });
    }
  }
  return findings;
}
