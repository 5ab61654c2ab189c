import { describe, expect, it } from 'vitest';
import type { ConsolidatedSource, Consolidation } from '../core/consolidation.js';
import type { IsoDate } from '../core/dates.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Nominee } from '../core/nominees.js';
import { indexOf, sourceData } from './consolidation-index.js';

const source = (file: string, extra: Partial<ConsolidatedSource>): ConsolidatedSource => ({
  file,
  sha256: file,
  state: 'effective',
  text: '',
  ...extra,
});
const nominee = (unit: string, year: number, name: string): Nominee => ({
  unit,
  year,
  subject: 'ca-nhan',
  name,
  vote: null,
  source: { file: `${unit}.yaml`, line: 1, column: 1, pointer: '' },
});
const diagnostic = (file: string, ruleId: string): Diagnostic =>
  ({
    ruleId,
    severity: 'error',
    message: ruleId,
    file,
    pointer: '',
    start: { line: 1, column: 1 },
    end: { line: 1, column: 1 },
  }) as Diagnostic;

const RUBRIC = (ma: string, ten: string) => `loai: bo-tieu-chi\nma: ${ma}\nten: ${ten}\nnhom: []\nxep_loai: []\n`;

function dataset(): Consolidation {
  return {
    kind: 'danvan-consolidation',
    version: 1,
    plan: null,
    today: '2025-12-31' as IsoDate,
    totals: { files: 0, effective: 0, superseded: 0, errors: 0, warnings: 0 },
    units: [],
    models: [],
    people: [],
    nominees: [
      nominee('001', 2025, 'A'),
      nominee('002', 2025, 'B'),
      nominee('001', 2024, 'C'),
      nominee('001', 2025, 'D'),
    ],
    scores: [],
    superseded: [],
    diagnostics: [
      diagnostic('b.yaml', 'r1'),
      diagnostic('a.yaml', 'r2'),
      diagnostic('c.yaml', 'r3'),
      diagnostic('a.yaml', 'r4'),
    ],
    sources: [
      source('r1.yaml', { kind: 'bo-tieu-chi', state: 'reference', text: RUBRIC('dvcq', 'Thứ nhất') }),
      source('r2.yaml', { kind: 'bo-tieu-chi', state: 'reference', text: RUBRIC('dvcq', 'Thứ hai') }),
      source('bc-6.yaml', { kind: 'bao-cao', unit: '001', year: 2025, period: '6-thang' }),
      source('bc-old.yaml', { kind: 'bao-cao', unit: '001', year: 2025, state: 'superseded' }),
      source('bc.yaml', { kind: 'bao-cao', unit: '001', year: 2025, period: 'ca-nam' }),
      source('bb.yaml', { kind: 'bien-ban', unit: '002', year: 2025 }),
    ],
  };
}

describe('indexOf', () => {
  it("answers a unit's files, nominees and diagnostics in the dataset's order", () => {
    const c = dataset();
    const index = indexOf(c);
    expect(index).toBe(indexOf(c));
    expect(index.sourcesOf('001').map((s) => s.file)).toEqual(['bc-6.yaml', 'bc-old.yaml', 'bc.yaml']);
    expect(index.sourcesOf('999')).toEqual([]);
    expect(index.nomineesOf('001', 2025).map((n) => n.name)).toEqual(['A', 'D']);
    expect(index.nomineesOf('001', undefined)).toEqual([]);
    expect(index.diagnosticsIn(['a.yaml', 'b.yaml', 'a.yaml']).map((d) => d.ruleId)).toEqual(['r1', 'r2', 'r4']);
  });

  it('finds the effective file of a kind, the yearly one when asked', () => {
    const index = indexOf(dataset());
    expect(index.effective('bao-cao', '001', 2025)?.file).toBe('bc-6.yaml');
    expect(index.effective('bao-cao', '001', 2025, true)?.file).toBe('bc.yaml');
    expect(index.effective('bien-ban', '001', 2025)).toBeUndefined();
    expect(index.effective('bien-ban', '002', 2024)).toBeUndefined();
  });

  it('reads a rubric once, the first file that carries its code winning', () => {
    const index = indexOf(dataset());
    const found = index.rubric('dvcq');
    expect(found?.source.file).toBe('r1.yaml');
    expect(found?.data.ten).toBe('Thứ nhất');
    expect(index.rubric('dvcq')).toBe(found);
    expect(index.rubric('khac')).toBeUndefined();
  });

  it("reads a merged file's data, {} when it does not parse", () => {
    expect(sourceData(source('x.yaml', { text: 'ma_don_vi: 001\n' }))).toEqual({ ma_don_vi: '001' });
    expect(sourceData(source('x.yaml', { text: 'a: [\n' }))).toEqual({});
  });
});
