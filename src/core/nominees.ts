import type { MergeSubmission } from './merge.js';
import { unitOf } from './merge.js';
import { foldName } from './names.js';
import type { Plan } from './plan.js';
import type { Provenance } from './records.js';
import type { UnitIndex } from './units.js';
import type { Meeting } from './votes.js';
import { reachesThreshold, voteOutcome, voteShare } from './votes.js';
import type { VoteOutcome, VoteRule } from './votes.js';

/** A collective or individual proposed for an award, with the council vote that backs it (if any). */
export interface Nominee {
  unit: string;
  year?: number;
  subject: 'tap-the' | 'ca-nhan';
  name: string;
  position?: string;
  workplace?: string;
  birthYear?: number;
  modelCode?: string;
  achievement?: string;
  award?: string;
  /** The proposal's "ghi_chu" for this entry (printed in the Phụ lục's "Ghi chú"); added with issue 10. */
  note?: string;
  /**
   * Share in hundredths of a percent on the plan's base, rounded half-up; null when no meeting record names this
   * nominee. `outcome` (added with issue 10; absent in older datasets, see nomineeOutcome): passed the plan's
   * threshold, fell below it, or the tally itself is impossible.
   */
  vote: { yes: number; no: number; base: number; share: number; outcome?: VoteOutcome } | null;
  source: Provenance;
}

/** The nominees of every effective award proposal, each matched to its unit's meeting vote by name. */
export function collectNominees(
  effective: readonly (MergeSubmission & { meeting?: Meeting })[],
  index: UnitIndex,
  plan: Plan | undefined,
): Nominee[] {
  const meetings = new Map<string, Meeting>();
  for (const s of effective)
    if (s.meeting) meetings.set(`${unitOf(s.header, index)}\u0000${s.header.year ?? ''}`, s.meeting);
  const voteFor = (unit: string, year: number | undefined, name: string): Nominee['vote'] => {
    const meeting = meetings.get(`${unit}\u0000${year ?? ''}`);
    const vote = meeting?.votes.find((v) => foldName(v.name) === foldName(name));
    if (!meeting || !vote) return null;
    const base = plan?.vote?.base === 'co-mat' ? meeting.present : meeting.members;
    return {
      yes: vote.yes,
      no: vote.no,
      base,
      share: voteShare(vote.yes, base),
      outcome: voteOutcome(vote, meeting, plan?.vote),
    };
  };
  const nominees: Nominee[] = [];
  for (const s of effective.filter((e) => e.header.kind === 'de-nghi-khen-thuong')) {
    const unit = unitOf(s.header, index);
    const year = s.header.year;
    const records = [
      ...s.records.collectives.map((r) => ['tap-the', r] as const),
      ...s.records.people.map((r) => ['ca-nhan', r] as const),
    ];
    for (const [subject, r] of records)
      nominees.push({
        unit,
        ...(year === undefined ? {} : { year }),
        subject,
        ...copy(r),
        vote: voteFor(unit, year, r.name),
        source: r.source,
      });
  }
  const collator = new Intl.Collator('vi');
  return nominees.sort(
    (a, b) =>
      a.unit.localeCompare(b.unit) ||
      a.subject.localeCompare(b.subject) ||
      collator.compare(a.name, b.name) ||
      a.source.line - b.source.line,
  );
}

/**
 * The nominee's vote outcome: the one merge recorded, or (a dataset from before outcomes were recorded) the stored
 * tally measured against the rule. Undefined when the nominee has no vote.
 */
export function nomineeOutcome(nominee: Nominee, rule: VoteRule | undefined): VoteOutcome | undefined {
  const vote = nominee.vote;
  if (!vote) return undefined;
  if (vote.outcome) return vote.outcome;
  if (vote.yes + vote.no > vote.base && rule?.base === 'co-mat') return 'khong-hop-le';
  return !rule || reachesThreshold(vote.yes, vote.base, rule) ? 'dat' : 'khong-dat';
}

function copy(record: {
  name: string;
  position?: string;
  workplace?: string;
  birthYear?: number;
  modelCode?: string;
  achievement?: string;
  award?: string;
  note?: string;
}) {
  const { name, position, workplace, birthYear, modelCode, achievement, award, note } = record;
  return {
    name,
    ...(position === undefined ? {} : { position }),
    ...(workplace === undefined ? {} : { workplace }),
    ...(birthYear === undefined ? {} : { birthYear }),
    ...(modelCode === undefined ? {} : { modelCode }),
    ...(achievement === undefined ? {} : { achievement }),
    ...(award === undefined ? {} : { award }),
    ...(note === undefined ? {} : { note }),
  };
}
