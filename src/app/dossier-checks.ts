import type { Consolidation } from '../core/consolidation.js';
import { indexOf } from './consolidation-index.js';
import type { Nominee } from '../core/nominees.js';
import { nomineeOutcome } from '../core/nominees.js';
import { formatShare, formatThreshold } from '../core/votes.js';
import { isError } from '../messages/catalog.js';
import type { Finding } from '../messages/catalog.js';

/** What decides whether one unit's dossier goes out, and with whom in it. */
export interface UnitVerdict {
  /** Nominees who reached the plan's threshold with a valid vote: the only ones the Tờ trình and Phụ lục list. */
  proposed: Nominee[];
  /** Every reason, located: errors refuse the dossier, warnings go with it. */
  findings: Finding[];
  refused: boolean;
}

export interface UnitCheckInput {
  c: Consolidation;
  unit: string;
  year: number | undefined;
  /** Parts the plan requires that the unit did not send ("bien-ban", "bang-cham-diem"…), and the file that proposes. */
  missingParts: readonly string[];
  proposalFile: string;
  /** Kinds of the unit's files merge kept out of the dataset for their errors ("bien-ban"…). */
  rejectedKinds: ReadonlySet<string>;
  allowIncomplete: boolean;
}

/** Ghi chú of a nominee listed in an incomplete dossier before the council voted. */
export const NO_VOTE_NOTE = 'Chưa có kết quả biểu quyết';

// The kinds a dossier is made of: an error merge found in any of them keeps the dossier from going out.
const DOSSIER_KINDS = ['de-nghi-khen-thuong', 'bien-ban', 'bao-cao', 'cham-diem'];

/**
 * The unit's verdict. Refused (never overridden by --allow-incomplete): an error in one of its dossier files (a score
 * above its maximum, an impossible tally, a proposal later than a deadline whose `muc_do` is `loi`), an invalid vote,
 * nobody left to propose. Gaps (a required part missing, a nominee without a vote) refuse too, unless
 * allowIncomplete: then they are warnings, the part is marked "CÒN THIẾU" and the nominee left out. A nominee below
 * the threshold is left out with a warning; `--allow-incomplete` never puts one back (it keeps only a nominee whose
 * vote is still missing, noted "Chưa có kết quả biểu quyết").
 */
export function checkUnitDossier(input: UnitCheckInput): UnitVerdict {
  const { c, unit, year, allowIncomplete } = input;
  const gap = allowIncomplete ? ('warning' as const) : ('error' as const);
  const findings: Finding[] = input.missingParts.map((part) => ({
    ruleId: 'dossier/missing-part',
    params: { unit, part, written: allowIncomplete, ...c.plan?.ruleQuotes?.ho_so },
    severity: gap,
    at: { file: input.proposalFile, pointer: '' },
  }));
  const proposed: Nominee[] = [];
  const rule = c.plan?.vote;
  // A Biên bản with errors was kept out of the dataset: the votes are unknown because of those errors, reported
  // below as the part's problems, not once more per nominee.
  const meetingRejected = input.rejectedKinds.has('bien-ban');
  for (const n of indexOf(c).nomineesOf(unit, year)) {
    const at = { file: n.source.file, pointer: n.source.pointer };
    const span = {
      start: { line: n.source.line, column: n.source.column },
      end: { line: n.source.line, column: n.source.column },
    };
    const outcome = nomineeOutcome(n, rule);
    if (outcome === 'dat') proposed.push(n);
    else if (outcome === undefined && meetingRejected) continue;
    else if (outcome === undefined) {
      // A draft with the Biên bản still to come lists the nominee, noted as awaiting the vote.
      if (allowIncomplete) proposed.push({ ...n, note: [n.note, NO_VOTE_NOTE].filter(Boolean).join('; ') });
      findings.push({
        ruleId: 'dossier/no-vote',
        params: { unit, name: n.name, written: allowIncomplete },
        severity: gap,
        at,
        span,
      });
    } else if (outcome === 'khong-hop-le')
      findings.push({ ruleId: 'dossier/invalid-vote', params: { unit, name: n.name }, at, span });
    else if (n.vote && rule)
      findings.push({
        ruleId: 'dossier/below-threshold',
        params: {
          unit,
          name: n.name,
          yes: n.vote.yes,
          base: n.vote.base,
          share: formatShare(n.vote.share),
          threshold: formatThreshold(rule),
          ...c.plan?.ruleQuotes?.bieu_quyet,
        },
        at,
        span,
      });
  }
  const files = new Map(
    indexOf(c)
      .sourcesOf(unit)
      .filter(
        (s) =>
          (s.state === 'effective' || s.state === 'rejected') &&
          s.year === year &&
          DOSSIER_KINDS.includes(s.kind ?? '') &&
          s.period !== '6-thang',
      )
      .map((s) => [s.file, s.kind ?? '']),
  );
  for (const d of indexOf(c).diagnosticsIn(files.keys())) {
    const part = files.get(d.file);
    if (part === undefined || (d.severity !== 'error' && d.ruleId !== 'deadline/late')) continue;
    findings.push({
      ruleId: 'dossier/part-problem',
      params: { unit, part, problem: `${d.message} [${d.ruleId}]`, refused: d.severity === 'error' },
      severity: d.severity,
      at: { file: d.file, pointer: d.pointer },
      span: { start: d.start, end: d.end },
    });
  }
  const refused = findings.some(isError);
  if (!refused && proposed.length === 0)
    findings.push({
      ruleId: 'dossier/nothing-proposed',
      params: { unit },
      at: { file: input.proposalFile, pointer: '' },
    });
  return { proposed, findings, refused: refused || proposed.length === 0 };
}
