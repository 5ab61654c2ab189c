import { describe, expect, it } from 'vitest';
import type { FormField } from './form-model.js';
import { readCell } from './read-cell.js';

const field = (type: FormField['type']): FormField => ({ path: ['x'], label: 'X', required: false, type });
const units = [
  { id: '013', name: '013 - UBND huyện Long Hồ' },
  { id: '014', name: '014 - UBND thành phố Vĩnh Long' },
];

describe('readCell', () => {
  it('maps a drop-down name back to its code, and a code typed as a number to the code with a note', () => {
    expect(readCell({ value: '013 - UBND huyện Long Hồ', formula: false }, field('text'), units)).toEqual({
      value: '013',
      notes: [],
    });
    expect(readCell({ value: 13, formula: false }, field('text'), units)).toEqual({
      value: '013',
      notes: [{ ruleId: 'form/code-as-number', typed: '13', code: '013' }],
    });
    expect(readCell({ value: 'xyz', formula: false }, field('text'), units).value).toBe('xyz'); // left to the schema
  });

  it('writes dates as dd/MM/yyyy from a date cell, an Excel serial or text', () => {
    expect(readCell({ value: new Date(Date.UTC(2025, 3, 15)), formula: false }, field('date'), undefined).value).toBe(
      '15/04/2025',
    );
    expect(readCell({ value: 45762, formula: false }, field('date'), undefined).value).toBe('15/04/2025');
    expect(readCell({ value: ' 15/4/2025 ', formula: false }, field('date'), undefined).value).toBe('15/4/2025');
  });

  it('keeps a formula result with a note, skips an error value, reads NFC text and lists', () => {
    expect(readCell({ value: 'Ab', formula: true }, field('text'), undefined)).toEqual({
      value: 'Ab',
      notes: [{ ruleId: 'form/formula', value: 'Ab' }],
    });
    expect(readCell({ value: null, formula: true, error: '#REF!' }, field('text'), undefined)).toEqual({
      notes: [{ ruleId: 'form/cell-error', error: '#REF!' }],
    });
    expect(readCell({ value: 'Nguye\u0302\u0303n', formula: false }, field('text'), undefined).value).toBe('Nguyễn');
    expect(
      readCell({ value: 'Hội Nông dân; Đoàn Thanh niên\nMTTQ', formula: false }, field('list'), undefined).value,
    ).toEqual(['Hội Nông dân', 'Đoàn Thanh niên', 'MTTQ']);
    expect(readCell({ value: '1988', formula: false }, field('integer'), undefined).value).toBe(1988);
    expect(readCell({ value: '  ', formula: false }, field('text'), undefined).value).toBeUndefined();
  });
});
