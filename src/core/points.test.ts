import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPoints, parsePoints, sumPoints } from './points.js';
import type { Points } from './points.js';

describe('points', () => {
  it.each([
    [4.5, 450],
    ['4,5', 450],
    ['4.75', 475],
    [0.25, 25],
    ['10', 1000],
    [0, 0],
  ] as const)('reads %j as %i hundredths', (input, hundredths) => {
    expect(parsePoints(input)).toBe(hundredths);
  });

  it.each([0.125, '0,125', '4,5,0', 'bốn', -1, '-1'])('refuses %j', (input) => {
    expect(parsePoints(input)).toBeUndefined();
  });

  it('adds exactly where floating point drifts', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumPoints([parsePoints('0,1') as Points, parsePoints('0,2') as Points])).toBe(30);
    const values = ['0,1', '0,2', '0,25', '95'].map((v) => parsePoints(v) as Points);
    expect(formatPoints(sumPoints(values))).toBe('95,55');
  });

  it('formats with the Vietnamese decimal comma', () => {
    expect([9525, 9500, 450, 5, -250].map((p) => formatPoints(p))).toEqual(['95,25', '95', '4,5', '0,05', '-2,5']);
  });

  it('round-trips any hundredths through text', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), (h) => parsePoints(formatPoints(h)) === h));
  });
});
