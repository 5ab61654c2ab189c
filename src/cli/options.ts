import { InvalidArgumentError } from 'commander';
import { OUTPUT_FORMATS } from '../app/render-task.js';
import type { OutputFormat } from '../app/render-task.js';
import type { Lang } from '../messages/catalog.js';
import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import type { Io } from './io.js';
import type { ValidateSettings } from '../app/validate-files.js';
import { argumentProblem } from './help-vi.js';

/** Options every command accepts. */
export interface GlobalOptions {
  lang?: Lang;
  today?: IsoDate;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError(argumentProblem('cần một số nguyên không âm.', 'a whole number, 0 or more.'));
  return Number(value);
}

export function parsePositive(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(argumentProblem('cần một số dương.', 'a positive number.'));
  return n;
}

export function parseDateOption(value: string): IsoDate {
  const date = toIsoDate(value);
  if (!date)
    throw new InvalidArgumentError(argumentProblem('ngày không hợp lệ (dd/MM/yyyy).', 'not a date (dd/MM/yyyy).'));
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

/** --format: "pdf,docx", "docx", "pdf": each at most once, at least one (commander's argument parser). */
export const parseFormats = (value: string): OutputFormat[] => {
  const formats = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()))];
  const unknown = formats.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat));
  if (formats.length === 0 || unknown.length > 0)
    throw new InvalidArgumentError(argumentProblem('chỉ nhận pdf, docx hoặc pdf,docx.', 'pdf, docx or pdf,docx only.'));
  return formats as OutputFormat[];
};
