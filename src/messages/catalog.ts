import type { NodeRef, Position, Severity, Span } from '../diagnostics/types.js';
import type { Lang, MessageDef } from './define.js';
import { FORM_MESSAGES } from './rules-form.js';
import { escapeInvisible } from './invisible.js';
import { INPUT_MESSAGES } from './rules-input.js';
import { MERGE_MESSAGES } from './rules-merge.js';
import { PLAN_MESSAGES } from './rules-plan.js';
import { SCHEMA_MESSAGES } from './rules-schema.js';
import { SCORE_MESSAGES } from './rules-score.js';

export type { Lang } from './define.js';

/** Every rule: its id, default severity and message in both languages. */
export const MESSAGES = {
  ...INPUT_MESSAGES,
  ...FORM_MESSAGES,
  ...SCHEMA_MESSAGES,
  ...PLAN_MESSAGES,
  ...SCORE_MESSAGES,
  ...MERGE_MESSAGES,
};

export type RuleId = keyof typeof MESSAGES;
export type ParamsOf<R extends RuleId> = Parameters<(typeof MESSAGES)[R]['vi']>[0];

/** One union member per rule, so `params` is checked against that rule's message. */
export type Finding = {
  [R in RuleId]: {
    ruleId: R;
    params: ParamsOf<R>;
    at: NodeRef;
    onKey?: boolean;
    /** The plan's `muc_do` for this rule, when the plan sets one; otherwise the rule's default. */
    severity?: Severity;
    /** Set when the problem sits in raw text that has no YAML node (encoding, syntax). */
    span?: Span;
    /** Other places involved; a position, when known already, saves re-reading that file to locate it. */
    related?: (NodeRef & { position?: Position })[];
  };
}[RuleId];

export function renderMessage<R extends RuleId>(ruleId: R, params: ParamsOf<R>, lang: Lang): string {
  // TypeScript cannot correlate MESSAGES[R] with ParamsOf<R> by itself; `define` already guaranteed it.
  const def = MESSAGES[ruleId] as unknown as MessageDef<ParamsOf<R>>;
  return def[lang](escapeParams(params));
}

// A value that reached a message with an invisible character in it shows the character, never hides it.
function escapeParams<P>(params: P): P {
  if (typeof params !== 'object' || params === null) return params;
  const entries = Object.entries(params).map(([key, value]) => [
    key,
    typeof value === 'string' ? escapeInvisible(value) : value,
  ]);
  return Object.fromEntries(entries) as P; // same keys, same value types
}

export function defaultSeverity(ruleId: RuleId): Severity {
  return MESSAGES[ruleId].severity;
}

/** Whether a finding counts as an error: its own severity, or its rule's default. */
export const isError = (f: Finding): boolean => (f.severity ?? defaultSeverity(f.ruleId)) === 'error';
