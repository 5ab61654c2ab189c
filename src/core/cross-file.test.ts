import { describe, expect, it } from 'vitest';
import { checkDuplicateSubmissions } from './duplicate-submissions.js';
import type { SubmissionHeader, Unit, UnitRegistry } from './types.js';
import { checkRegistries, checkSubmissionUnits, indexUnits } from './units.js';

const unit = (code: string, extra: Partial<Unit> = {}): Unit => ({
  code,
  name: `Đơn vị ${code}`,
  type: 'so-nganh',
  formerUnits: [],
  ref: { file: 'dm.yaml', pointer: `/don_vi/${code}` },
  ...extra,
});
const registry = (units: Unit[]): UnitRegistry => ({ file: 'dm.yaml', units });
const header = (file: string, unitCode: string, extra: Partial<SubmissionHeader> = {}): SubmissionHeader => ({
  kind: 'dang-ky',
  file,
  unitCode,
  unitRef: { file, pointer: '/ma_don_vi' },
  year: 2025,
  items: [],
  vocabulary: [],
  modelCount: 0,
  personCount: 0,
  ...extra,
});

describe('unit checks', () => {
  const units = [
    unit('001'),
    unit('002', { formerUnits: [{ code: '007', name: 'Xã cũ', ref: { file: 'dm.yaml', pointer: '/x' } }] }),
  ];
  const index = indexUnits([registry(units)]);

  it('knows current and former codes, and flags the rest', () => {
    const findings = checkSubmissionUnits(
      [header('a.yaml', '001'), header('b.yaml', '007'), header('c.yaml', '099')],
      index,
    );
    expect(findings).toEqual([
      { ruleId: 'unit/unknown', params: { code: '099' }, at: { file: 'c.yaml', pointer: '/ma_don_vi' } },
    ]);
  });

  it('flags duplicate codes and unknown parents in the registry', () => {
    const bad = [
      unit('001'),
      unit('001', { ref: { file: 'dm.yaml', pointer: '/don_vi/1' } }),
      unit('003', { parent: '009' }),
    ];
    const findings = checkRegistries([registry(bad)], indexUnits([registry(bad)]));
    expect(findings.map((f) => [f.ruleId, f.at.pointer])).toEqual([
      ['unit/duplicate-code', '/don_vi/1/ma'],
      ['unit/unknown-parent', '/don_vi/003/don_vi_cha'],
    ]);
  });
});

describe('checkDuplicateSubmissions', () => {
  it('tells each of two files for the same unit, kind and period about the other', () => {
    const findings = checkDuplicateSubmissions([
      header('a.yaml', '001'),
      header('b.yaml', '001'),
      header('c.yaml', '002'),
    ]);
    expect(findings).toMatchObject([
      { ruleId: 'submission/duplicate', params: { unit: '001', other: 'b.yaml' }, at: { file: 'a.yaml' } },
      { ruleId: 'submission/duplicate', params: { unit: '001', other: 'a.yaml' }, at: { file: 'b.yaml' } },
    ]);
  });

  it('keeps different years, kinds and report periods apart', () => {
    const findings = checkDuplicateSubmissions([
      header('a.yaml', '001'),
      header('b.yaml', '001', { year: 2026 }),
      header('c.yaml', '001', { kind: 'bao-cao', reportPeriod: '6-thang' }),
      header('d.yaml', '001', { kind: 'bao-cao', reportPeriod: 'ca-nam' }),
    ]);
    expect(findings).toEqual([]);
  });
});
