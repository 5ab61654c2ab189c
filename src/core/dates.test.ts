import { describe, expect, it } from 'vitest';
import { formatDate, toIsoDate } from './dates.js';
import type { IsoDate } from './dates.js';

describe('toIsoDate', () => {
  it.each([
    ['15/4/2025', '2025-04-15'],
    ['15/04/2025', '2025-04-15'],
    ['15-04-2025', '2025-04-15'],
    ['15.04.2025', '2025-04-15'],
    ['2025-04-15', '2025-04-15'],
    ['2025-4-5', '2025-04-05'],
    [' 1/1/2026 ', '2026-01-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each([
    '31/02/2025',
    '29/02/2025',
    '31/04/2025',
    '00/01/2025',
    '15/13/2025',
    '2025-02-30',
    '15/4/25',
    'hôm qua',
    '',
  ])('rejects %s', (text) => {
    expect(toIsoDate(text)).toBeUndefined();
  });
});

it('formats dates as dd/MM/yyyy', () => {
  expect(formatDate('2025-04-05' as IsoDate)).toBe('05/04/2025');
});
