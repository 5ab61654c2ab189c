import type { Finding } from '../messages/catalog.js';
import { formatPoints, sumPoints } from './points.js';
import type { Rubric, ScoreLine, ScoreSheet } from './rubric.js';
import { scoreCard } from './score-card.js';
import { entriesOf, read } from './score-lines.js';
import type { Entry } from './score-lines.js';
import { closestMatch } from './similarity.js';

/** Every way a score sheet can disagree with its rubric, each on the line and field concerned. */
export function checkScoreSheet(rubric: Rubric, sheet: ScoreSheet): Finding[] {
  const entries = entriesOf(rubric);
  const findings: Finding[] = [];
  const at = (pointer: string) => ({ file: sheet.file, pointer });
  const seen = new Set<string>();
  for (const line of sheet.lines) {
    const entry = entries.get(line.criterion);
    if (!entry) {
      const suggestion = closestMatch(line.criterion, [...entries.keys()]);
      findings.push({
        ruleId: 'score/unknown-criterion',
        params: { criterion: line.criterion, suggestion },
        at: at(`${line.pointer}/tieu_chi`),
      });
      continue;
    }
    if (seen.has(line.criterion)) {
      findings.push({
        ruleId: 'score/duplicate-criterion',
        params: { criterion: line.criterion },
        at: at(`${line.pointer}/tieu_chi`),
      });
    }
    seen.add(line.criterion);
    findings.push(...checkLine(entry, line, at));
  }
  // One cause, one finding: a line the schema could not read is not also "missing", nor its points a total mismatch.
  const complete = !sheet.unreadableLines;
  for (const leaf of complete ? rubric.leaves : []) {
    if (leaf.reserved) continue;
    if (!sheet.lines.some((line) => line.criterion === leaf.id && line.self !== undefined)) {
      findings.push({
        ruleId: 'score/missing-criterion',
        params: { criterion: leaf.id, name: leaf.name },
        at: at('/diem'),
        onKey: true,
      });
    }
  }
  findings.push(...checkLimits(rubric, sheet, at), ...(complete ? checkStatedTotals(rubric, sheet, at) : []));
  const known = rubric.disqualifiers.map((d) => d.id);
  for (const d of sheet.disqualified) {
    if (!known.includes(d.id)) {
      findings.push({
        ruleId: 'score/unknown-disqualifier',
        params: { id: d.id, suggestion: closestMatch(d.id, known) },
        at: at(`${d.pointer}/ma`),
      });
    }
  }
  return findings;
}

function checkLine(
  entry: Entry,
  line: ScoreLine,
  at: (pointer: string) => { file: string; pointer: string },
): Finding[] {
  const findings: Finding[] = [];
  const max = entry.item.max;
  for (const [field, raw] of [
    ['tu_cham', line.self],
    ['cap_tren_cham', line.reviewer],
  ] as const) {
    if (raw === undefined) continue;
    const value = read(raw);
    const pointer = `${line.pointer}/${field}`;
    // A malformed string is the schema's to report (pattern); a number with three decimals passes the schema.
    if (value === undefined) {
      if (typeof raw === 'number')
        findings.push({ ruleId: 'score/invalid-points', params: { value: String(raw) }, at: at(pointer) });
    } else if (value > max) {
      findings.push({
        ruleId: 'score/above-max',
        params: { criterion: line.criterion, score: formatPoints(value), max: formatPoints(max) },
        at: at(pointer),
      });
    }
  }
  if (entry.kind === 'leaf' && entry.item.reserved && line.self !== undefined) {
    findings.push({
      ruleId: 'score/self-on-reserved',
      params: { criterion: line.criterion },
      at: at(`${line.pointer}/tu_cham`),
    });
  }
  const self = read(line.self);
  const reviewer = read(line.reviewer);
  if (self !== undefined && reviewer !== undefined && self !== reviewer && !line.reason?.trim()) {
    findings.push({
      ruleId: 'score/change-without-reason',
      params: { criterion: line.criterion, self: formatPoints(self), reviewer: formatPoints(reviewer) },
      at: at(`${line.pointer}/cap_tren_cham`),
    });
  }
  return findings;
}

function checkLimits(
  rubric: Rubric,
  sheet: ScoreSheet,
  at: (pointer: string) => { file: string; pointer: string },
): Finding[] {
  const findings: Finding[] = [];
  for (const [which, items, limit] of [
    ['thuong', rubric.bonuses, rubric.bonusLimit],
    ['tru', rubric.deductions, rubric.deductionLimit],
  ] as const) {
    if (limit === undefined) continue;
    const ids = new Set(items.map((item) => item.id));
    for (const field of ['self', 'reviewer'] as const) {
      const total = sumPoints(sheet.lines.filter((l) => ids.has(l.criterion)).flatMap((l) => read(l[field]) ?? []));
      if (total > limit) {
        findings.push({
          ruleId: 'score/limit-exceeded',
          params: { which, total: formatPoints(total), limit: formatPoints(limit) },
          at: at('/diem'),
          onKey: true,
        });
        break;
      }
    }
  }
  return findings;
}

function checkStatedTotals(
  rubric: Rubric,
  sheet: ScoreSheet,
  at: (pointer: string) => { file: string; pointer: string },
): Finding[] {
  const card = scoreCard(rubric, sheet);
  const findings: Finding[] = [];
  for (const [which, raw, computed, key] of [
    ['tu-cham', sheet.statedSelfTotal, card.self, 'tong_tu_cham'],
    ['cap-tren', sheet.statedReviewerTotal, card.reviewer, 'tong_cap_tren'],
  ] as const) {
    if (raw === undefined) continue;
    const stated = read(raw);
    if (stated === undefined)
      findings.push({ ruleId: 'score/invalid-points', params: { value: String(raw) }, at: at(`/${key}`) });
    else if (stated !== computed) {
      findings.push({
        ruleId: 'score/total-mismatch',
        params: { which, stated: formatPoints(stated), computed: formatPoints(computed) },
        at: at(`/${key}`),
      });
    }
  }
  return findings;
}

/** Rules about the rubric file itself: its stated total and unique ids. */
export function checkRubric(rubric: Rubric): Finding[] {
  const findings: Finding[] = [];
  const computed = sumPoints(rubric.leaves.map((leaf) => leaf.max));
  if (rubric.statedTotal !== undefined && rubric.statedTotal !== computed) {
    findings.push({
      ruleId: 'rubric/total-mismatch',
      params: { stated: formatPoints(rubric.statedTotal), computed: formatPoints(computed) },
      at: { file: rubric.file, pointer: '/tong_diem' },
    });
  }
  const seen = new Set<string>();
  for (const item of [...rubric.leaves, ...rubric.bonuses, ...rubric.deductions]) {
    if (seen.has(item.id)) findings.push({ ruleId: 'rubric/duplicate-id', params: { id: item.id }, at: item.ref });
    seen.add(item.id);
  }
  return findings;
}
