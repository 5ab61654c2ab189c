import { describe, expect, it } from 'vitest';
import { readSchema } from '../io/load-schemas.js';
import { findingFromAjvError } from './ajv-findings.js';
import { RuntimeSchemaRegistry } from './compile-runtime.js';

const registry = new RuntimeSchemaRegistry(readSchema);

function findingsFor(data: Record<string, unknown>) {
  const validate = registry.validator('dang-ky');
  validate(data);
  return (validate.errors ?? []).map((error) => findingFromAjvError('a.yaml', error));
}

const VALID = { loai: 'dang-ky', phien_ban: 1, ma_don_vi: '001', nam: 2025, ngay_gui: '15/4/2025' };

describe('findingFromAjvError', () => {
  it('accepts a minimal registration', () => {
    expect(findingsFor(VALID)).toEqual([]);
  });

  it('puts a missing field on its parent key and suggests the nearest known key for a typo', () => {
    const { ma_don_vi: _omitted, ...rest } = VALID;
    expect(findingsFor({ ...rest, ma_donvi: '001' })).toEqual([
      {
        ruleId: 'schema/required',
        params: { property: 'ma_don_vi' },
        at: { file: 'a.yaml', pointer: '' },
        onKey: true,
      },
      {
        ruleId: 'schema/unknown-field',
        params: { property: 'ma_donvi', suggestion: 'ma_don_vi' },
        at: { file: 'a.yaml', pointer: '/ma_donvi' },
        onKey: true,
      },
    ]);
  });

  it('reports impossible dates with their own rule', () => {
    expect(findingsFor({ ...VALID, ngay_gui: '31/02/2025' })).toMatchObject([
      { ruleId: 'schema/invalid-date', params: { value: '31/02/2025' }, at: { pointer: '/ngay_gui' } },
    ]);
  });

  it('treats the right version typed as text as a type error', () => {
    expect(findingsFor({ ...VALID, phien_ban: '1' })).toMatchObject([
      { ruleId: 'schema/type', params: { expected: 'integer', actual: 'string' }, at: { pointer: '/phien_ban' } },
    ]);
  });

  it('reports wrong types, enums, versions and patterns', () => {
    const findings = findingsFor({
      ...VALID,
      phien_ban: 2,
      nam: 'hai nghìn',
      lien_he: { ho_ten: 'A', dien_thoai: 912345678 },
      ca_nhan: [{ ho_ten: 'B', chuc_vu: 'C', gioi_tinh: 'nư' }],
    });
    expect(findings.map((f) => [f.ruleId, f.at.pointer])).toEqual([
      ['schema/unsupported-version', '/phien_ban'],
      ['schema/type', '/nam'],
      ['schema/type', '/lien_he/dien_thoai'],
      ['schema/enum', '/ca_nhan/0/gioi_tinh'],
    ]);
    expect(findings[3]).toMatchObject({ params: { value: 'nư', suggestion: 'nu' } });
  });
});
