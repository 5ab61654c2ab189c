import type { Finding } from '../messages/catalog.js';
import { resolveUnit } from './attribution.js';
import { deliveredOn } from './deadlines.js';
import { foldName } from './names.js';
import type { CollectiveRecord, PersonRecord, SubmissionRecords } from './records.js';
import type { SubmissionHeader } from './types.js';
import type { UnitIndex } from './units.js';

/** One submission as the merge sees it: who sent what, its records, and a hash of its text. */
export interface MergeSubmission {
  header: SubmissionHeader;
  records: SubmissionRecords;
  sha256: string;
}

export interface VersionChoice {
  effective: MergeSubmission[];
  superseded: { file: string; supersededBy: string }[];
  findings: Finding[];
}

export const unitOf = (header: SubmissionHeader, index: UnitIndex): string =>
  resolveUnit(header.unitCode, index)?.unit.code ?? header.unitCode ?? '';

// Latest delivery first; then the higher lan_gui; the file name only makes the choice deterministic.
const newerFirst = (a: MergeSubmission, b: MergeSubmission): number =>
  (deliveredOn(b.header) ?? '').localeCompare(deliveredOn(a.header) ?? '') ||
  (b.header.version ?? 0) - (a.header.version ?? 0) ||
  a.header.file.localeCompare(b.header.file) ||
  a.sha256.localeCompare(b.sha256);

/**
 * For each unit, kind, year and report period the latest delivered file counts; two different files delivered the
 * same day with the same (or no) lan_gui are a conflict the officer must settle.
 */
export function chooseVersions(submissions: readonly MergeSubmission[], index: UnitIndex): VersionChoice {
  const groups = new Map<string, MergeSubmission[]>();
  for (const s of submissions) {
    const key = [unitOf(s.header, index), s.header.kind, s.header.year ?? '', s.header.reportPeriod ?? ''].join(
      '\u0000',
    );
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const choice: VersionChoice = { effective: [], superseded: [], findings: [] };
  for (const group of groups.values()) {
    const [winner, ...rest] = [...group].sort(newerFirst);
    if (!winner) continue;
    choice.effective.push(winner);
    for (const other of rest) {
      choice.superseded.push({ file: other.header.file, supersededBy: winner.header.file });
      const tie =
        deliveredOn(other.header) === deliveredOn(winner.header) &&
        (other.header.version ?? 0) === (winner.header.version ?? 0) &&
        other.sha256 !== winner.sha256;
      if (tie) {
        for (const [here, there] of [
          [winner, other],
          [other, winner],
        ] as const) {
          choice.findings.push({
            ruleId: 'merge/version-conflict',
            params: { other: there.header.file },
            at: here.header.unitRef,
            related: [there.header.unitRef],
          });
        }
      }
    }
  }
  choice.effective.sort((a, b) => a.header.file.localeCompare(b.header.file));
  choice.superseded.sort((a, b) => a.file.localeCompare(b.file));
  return choice;
}

const spanAt = ({ line, column }: { line: number; column: number }) => ({
  start: { line, column },
  end: { line, column },
});

// Birth year, then position, tell two namesakes apart when both records have them.
function samePerson(a: PersonRecord, b: PersonRecord): boolean {
  if (a.birthYear !== undefined && b.birthYear !== undefined) return a.birthYear === b.birthYear;
  if (a.position !== undefined && b.position !== undefined) return foldName(a.position) === foldName(b.position);
  return true;
}

/** The same person or the same model put forward by two units, in registrations or in award proposals. */
export function findCrossUnitDuplicates(effective: readonly MergeSubmission[], index: UnitIndex): Finding[] {
  const findings: Finding[] = [];
  for (const kind of ['dang-ky', 'de-nghi-khen-thuong'] as const) {
    const ofKind = effective.filter((s) => s.header.kind === kind);
    const entries = ofKind.flatMap((s) => [
      ...s.records.people.map((record) => ({ what: 'person' as const, unit: unitOf(s.header, index), record })),
      ...s.records.collectives.map((record) => ({ what: 'model' as const, unit: unitOf(s.header, index), record })),
    ]);
    const byName = new Map<string, typeof entries>();
    for (const entry of entries) {
      const key = `${entry.what}\u0000${foldName(entry.record.name)}`;
      byName.set(key, [...(byName.get(key) ?? []), entry]);
    }
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      for (const a of group) {
        // One finding per record, naming the first other place: a common name must not explode into k² findings.
        const others = group.filter(
          (b) =>
            b !== a &&
            b.unit !== a.unit &&
            (a.what === 'model' || samePerson(a.record as PersonRecord, b.record as PersonRecord)),
        );
        const first = others[0];
        if (!first) continue;
        findings.push({
          ruleId: 'merge/duplicate-nominee',
          params: {
            what: a.what,
            name: a.record.name,
            otherUnit: first.unit,
            other: `${first.record.source.file}:${first.record.source.line}`,
            more: others.length - 1,
          },
          at: { file: a.record.source.file, pointer: a.record.source.pointer },
          span: spanAt(a.record.source),
          related: [
            {
              file: first.record.source.file,
              pointer: first.record.source.pointer,
              position: spanAt(first.record.source).start,
            },
          ],
        });
      }
    }
  }
  return findings;
}

/** A registration or proposal that lists nobody. */
export function findEmptySubmissions(effective: readonly MergeSubmission[]): Finding[] {
  return effective
    .filter((s) => (s.header.kind === 'dang-ky' || s.header.kind === 'de-nghi-khen-thuong') && isEmpty(s.records))
    .map((s) => ({
      ruleId: 'merge/empty-submission' as const,
      params: { kind: s.header.kind },
      at: { file: s.header.file, pointer: '' },
    }));
}

const isEmpty = (records: SubmissionRecords): boolean =>
  records.people.length === 0 && records.collectives.length === 0;

export type { CollectiveRecord, PersonRecord };
