import { describe, expect, it } from 'vitest';
import type { IsoDate } from './dates.js';
import { chooseVersions, findCrossUnitDuplicates, findEmptySubmissions } from './merge.js';
import type { MergeSubmission } from './merge.js';
import type { PersonRecord } from './records.js';
import { makeSubmission, makeUnit } from './test-builders.js';
import { indexUnits } from './units.js';

const index = indexUnits([
  {
    file: 'dm.yaml',
    units: [
      makeUnit('001', 'so-nganh'),
      makeUnit('002', 'so-nganh', {
        formerUnits: [{ code: '009', name: 'Cũ', ref: { file: 'dm.yaml', pointer: '/x' } }],
      }),
    ],
  },
]);
const person = (name: string, extra: Partial<PersonRecord> = {}, file = 'x.yaml'): PersonRecord => ({
  name,
  source: { file, line: 9, column: 5, pointer: '/ca_nhan/0' },
  ...extra,
});
const sub = (
  file: string,
  unit: string,
  sentOn: string,
  extra: Partial<MergeSubmission> & { version?: number } = {},
): MergeSubmission => ({
  header: makeSubmission(unit, {
    file,
    unitRef: { file, pointer: '/ma_don_vi' },
    sentOn: sentOn as IsoDate,
    ...(extra.version === undefined ? {} : { version: extra.version }),
  }),
  records: extra.records ?? { collectives: [], people: [person('A')], votes: [] },
  sha256: extra.sha256 ?? file,
});

describe('chooseVersions', () => {
  it('keeps the latest delivery and lists what it supersedes, former codes grouped with their unit', () => {
    const choice = chooseVersions(
      [sub('b.yaml', '002', '2025-04-10'), sub('a.yaml', '009', '2025-04-12'), sub('c.yaml', '001', '2025-04-01')],
      index,
    );
    expect(choice.effective.map((s) => s.header.file)).toEqual(['a.yaml', 'c.yaml']);
    expect(choice.superseded).toEqual([{ file: 'b.yaml', supersededBy: 'a.yaml' }]);
    expect(choice.findings).toEqual([]);
  });

  it('breaks a same-day tie with lan_gui, and reports a tie it cannot break', () => {
    const settled = chooseVersions(
      [sub('a.yaml', '001', '2025-04-10', { version: 2 }), sub('b.yaml', '001', '2025-04-10', { version: 1 })],
      index,
    );
    expect(settled.effective.map((s) => s.header.file)).toEqual(['a.yaml']);
    expect(settled.findings).toEqual([]);
    const tie = chooseVersions([sub('a.yaml', '001', '2025-04-10'), sub('b.yaml', '001', '2025-04-10')], index);
    expect(tie.findings.map((f) => [f.ruleId, f.at.file])).toEqual([
      ['merge/version-conflict', 'a.yaml'],
      ['merge/version-conflict', 'b.yaml'],
    ]);
  });

  it('does not call the same content under two names a conflict', () => {
    const same = chooseVersions(
      [sub('a.yaml', '001', '2025-04-10', { sha256: 'x' }), sub('b.yaml', '001', '2025-04-10', { sha256: 'x' })],
      index,
    );
    expect(same.findings).toEqual([]);
  });
});

describe('cross-unit duplicates', () => {
  it('matches people across units by folded name, told apart by birth year or position', () => {
    const findings = findCrossUnitDuplicates(
      [
        sub('a.yaml', '001', '2025-04-10', {
          records: {
            collectives: [],
            people: [
              person('Trần Thị Hoà', { birthYear: 1985 }, 'a.yaml'),
              person('Lê Văn Tám', { birthYear: 1970 }, 'a.yaml'),
            ],
            votes: [],
          },
        }),
        sub('b.yaml', '002', '2025-04-10', {
          records: {
            collectives: [],
            people: [
              person('TRẦN THỊ HÒA', { birthYear: 1985 }, 'b.yaml'),
              person('Lê Văn Tám', { birthYear: 1971 }, 'b.yaml'),
            ],
            votes: [],
          },
        }),
      ],
      index,
    );
    expect(findings.map((f) => [f.at.file, f.params])).toEqual([
      ['a.yaml', { what: 'person', name: 'Trần Thị Hoà', otherUnit: '002', other: 'b.yaml:9', more: 0 }],
      ['b.yaml', { what: 'person', name: 'TRẦN THỊ HÒA', otherUnit: '001', other: 'a.yaml:9', more: 0 }],
    ]);
  });

  it('never flags a unit against itself, and finds empty submissions', () => {
    const one = sub('a.yaml', '001', '2025-04-10', {
      records: { collectives: [], people: [person('A'), person('A')], votes: [] },
    });
    expect(findCrossUnitDuplicates([one], index)).toEqual([]);
    const empty = sub('e.yaml', '001', '2025-04-10', { records: { collectives: [], people: [], votes: [] } });
    expect(findEmptySubmissions([one, empty]).map((f) => f.at.file)).toEqual(['e.yaml']);
  });
});
