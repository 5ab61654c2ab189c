import type { Finding } from '../messages/catalog.js';
import type { Plan } from './plan.js';

/** Biên bản họp bình xét: council size, attendance and each nominee's vote. */
export interface Meeting {
  file: string;
  members: number;
  present: number;
  votes: { subject: string; name: string; yes: number; no: number; pointer: string }[];
}

/** The share of "đồng ý" on the plan's base, in hundredths of a percent (9000 = 90%), rounded down. */
export function voteShare(yes: number, base: number): number {
  return base === 0 ? 0 : Math.floor((yes * 10_000) / base);
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
    const share = voteShare(v.yes, base);
    if (share < Math.round(vote.threshold * 100)) {
      findings.push({
        ruleId: 'vote/below-threshold',
        params: {
          name: v.name,
          yes: v.yes,
          base,
          share: share / 100,
          threshold: vote.threshold,
          onPresent: vote.base === 'co-mat',
          ...(plan?.ruleSources?.bieu_quyet ? { source: plan.ruleSources.bieu_quyet } : {}),
          ...(plan && (plan.assumedRules?.includes('bieu_quyet') || !plan.ruleSources?.bieu_quyet)
            ? { assumed: true }
            : {}),
        },
        at: at(`${v.pointer}/dong_y`),
      });
    }
  }
  return findings;
}
