import type { Diagnostic, Totals } from '../diagnostics/diagnostic.js';
import type { Lang } from '../messages/catalog.js';

/** The whole run, as ESLint and Spectral hand it to formatters. */
export interface RunReport {
  diagnostics: readonly Diagnostic[];
  totals: Totals;
  /** Display paths of every file checked, sorted. */
  files: readonly string[];
  /** Non-YAML files met in directories: skipped and counted. */
  skipped: readonly string[];
  /** Submissions were checked but no unit registry was given, so unit codes went unchecked. */
  unitRegistryMissing: boolean;
  /**
   * Submissions were checked without any plan, so quotas and deadlines went unchecked: the plan ids the files name
   * in ke_hoach (possibly none). Absent when a plan was applied or nothing needed one.
   */
  planNotApplied?: readonly string[];
}

export interface FormatOptions {
  color: boolean;
  lang: Lang;
  /** NFC text of a checked file, for code frames. */
  readSource: (file: string) => string | undefined;
}

/** A formatter only builds text; the command decides where it goes. */
export type Formatter = (report: RunReport, options: FormatOptions) => string;
