import type { IsoDate } from './dates.js';

/** "Số: 05/TTr-SNV": Nghị định 30/2020 writes numbers below 10 with a leading zero. */
export function formatDocumentNumber(number: string): string {
  const match = /^(\d+)(\/.*)?$/.exec(number.trim());
  if (!match) return number.trim();
  return `${String(Number(match[1])).padStart(2, '0')}${match[2] ?? ''}`;
}

/** "Vĩnh Long, ngày 05 tháng 12 năm 2025": a leading zero for days below 10 and for months 1 and 2. */
export function formatPlaceDate(place: string, date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** Căn cứ lines: each ends with ";", the last with "." (ND30, Phụ lục I). */
export function punctuateBases(bases: readonly string[]): string[] {
  return bases.map((base, i) => `${base.replace(/[;.,\s]+$/, '')}${i === bases.length - 1 ? '.' : ';'}`);
}

/** Replaces {placeholders} from the values; returns the text and the names it could not fill. No code runs. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.push(name);
      return whole;
    }
    return value;
  });
  return { text, missing };
}
