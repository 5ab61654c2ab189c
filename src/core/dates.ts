import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** A calendar date as `YYYY-MM-DD`; never a `Date`, so no time zone can shift it. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VIETNAMESE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Accepts what officers type (15/4/2025, 15/04/2025, 15-04-2025, 15.04.2025, 2025-04-15); rejects 31/02/2025. */
export function toIsoDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const vietnamese = VIETNAMESE.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : vietnamese
      ? [vietnamese[3], vietnamese[2], vietnamese[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = parseISO(candidate);
  // parseISO rolls 2025-02-31 over to March; a real date formats back to itself.
  if (!isValid(parsed) || parsed.getDate() !== Number(day) || parsed.getMonth() + 1 !== Number(month)) return undefined;
  return candidate as IsoDate;
}

/** dd/MM/yyyy, the way dates are shown to officers. */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
