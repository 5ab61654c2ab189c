import type { RuleId } from '../messages/catalog.js';
import type { NodeRef, Position, Severity } from './types.js';

/** What formatters receive: severity resolved, message rendered, position located. Plain data. */
export interface Diagnostic {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  file: string;
  pointer: string;
  start: Position;
  end: Position;
  related?: RelatedLocation[];
}

export interface RelatedLocation extends NodeRef {
  start: Position;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

// Created on first use: building a Vietnamese collator loads ICU data, which costs start-up time.
let collator: Intl.Collator | undefined;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  collator ??= new Intl.Collator('vi');
  return (
    collator.compare(a.file, b.file) ||
    a.start.line - b.start.line ||
    a.start.column - b.start.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function countTotals(diagnostics: readonly Diagnostic[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') totals.errors += 1;
    else if (diagnostic.severity === 'warning') totals.warnings += 1;
    else totals.infos += 1;
  }
  return totals;
}
