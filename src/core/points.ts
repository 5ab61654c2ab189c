/** Points in hundredths: 95,25 điểm is 9525, so sums and comparisons are exact (0,1 + 0,2 is 0,3). */
export type Points = number & { readonly __unit: 'hundredths' };

const DECIMAL = /^\s*(\d+)(?:[.,](\d{1,2}))?\s*$/;

/**
 * Reads a score as officers write it: 4.5, "4,5", "4.75". More than two decimals (0,125) is not a rounding
 * danvan may do silently: it is undefined, and the caller reports it.
 */
export function parsePoints(value: number | string): Points | undefined {
  if (typeof value === 'number') {
    const scaled = Math.round(value * 100);
    return Number.isFinite(value) && value >= 0 && Math.abs(scaled - value * 100) < 1e-6
      ? (scaled as Points)
      : undefined;
  }
  const match = DECIMAL.exec(value);
  if (!match) return undefined;
  return (Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))) as Points;
}

export const sumPoints = (values: readonly Points[]): Points =>
  values.reduce((total, value) => total + value, 0) as Points;

export const pointsOf = (whole: number): Points => Math.round(whole * 100) as Points;

/** "95,25" / "95" / "4,5": the Vietnamese decimal comma, no trailing zeros beyond what is needed. */
export function formatPoints(points: Points | number): string {
  const negative = points < 0;
  const abs = Math.abs(points);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  const fraction = cents === 0 ? '' : `,${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
