import { InvalidArgumentError } from 'commander';
import type { Lang } from '../messages/catalog.js';
import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import type { Io } from './io.js';
import type { ValidateSettings } from '../app/validate-files.js';

/** Options every command accepts. */
export interface GlobalOptions {
  lang?: Lang;
  today?: IsoDate;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('cần một số nguyên không âm.');
  return Number(value);
}

export function parsePositive(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('cần một số dương.');
  return n;
}

export function parseDateOption(value: string): IsoDate {
  const date = toIsoDate(value);
  if (!date) throw new InvalidArgumentError('ngày không hợp lệ (dd/MM/yyyy).');
  return date;
}

/** --lang, then DANVAN_LANG, then Vietnamese. */
export function resolveLang(options: GlobalOptions, io: Io): Lang {
  if (options.lang) return options.lang;
  return io.env.DANVAN_LANG === 'en' ? 'en' : 'vi';
}

/** --today, then DANVAN_TODAY, then the system date: rules never read the clock themselves. */
export function resolveToday(options: GlobalOptions, io: Io): IsoDate {
  return options.today ?? toIsoDate(io.env.DANVAN_TODAY ?? '') ?? (io.systemDate() as IsoDate);
}

/** The settings every file-reading command passes to its use case. */
export function validateSettings(
  globals: GlobalOptions,
  io: Io,
  options: { plan?: string; maxFileSize?: number } = {},
): ValidateSettings {
  return {
    cwd: io.cwd,
    lang: resolveLang(globals, io),
    today: resolveToday(globals, io),
    maxFileSize: Math.round((options.maxFileSize ?? 5) * 1024 * 1024),
    ...(options.plan === undefined ? {} : { plan: options.plan }),
  };
}
