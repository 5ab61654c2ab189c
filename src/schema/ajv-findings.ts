import type { ErrorObject } from 'ajv';
import { closestMatch } from '../core/similarity.js';
import { childPointer } from '../diagnostics/pointer.js';
import type { Finding } from '../messages/catalog.js';

/** ajv errors become findings that point where the user must type. Needs `verbose: true` (parentSchema, data). */
export function findingFromAjvError(file: string, error: ErrorObject): Finding {
  const at = (pointer: string) => ({ file, pointer });
  const here = at(error.instancePath);
  switch (error.keyword) {
    // ajv reports the parent object; underline the parent's key, not the whole object.
    case 'required':
      return {
        ruleId: 'schema/required',
        params: { property: String(error.params.missingProperty) },
        at: here,
        onKey: true,
      };
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      return {
        ruleId: 'schema/unknown-field',
        params: { property, suggestion: closestMatch(property, known) },
        at: at(childPointer(error.instancePath, property)),
        onKey: true,
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      return {
        ruleId: 'schema/enum',
        params: { value, allowed: allowed.join(', '), suggestion: closestMatch(value, allowed) },
        at: here,
      };
    }
    case 'const':
      // `phien_ban: "1"` is the right version typed as text: a type error, not an unsupported version.
      if (String(error.data) === String(error.params.allowedValue)) {
        return {
          ruleId: 'schema/type',
          params: { expected: jsonType(error.params.allowedValue), actual: jsonType(error.data) },
          at: here,
        };
      }
      return {
        ruleId: 'schema/unsupported-version',
        params: { value: String(error.data), supported: String(error.params.allowedValue) },
        at: here,
      };
    case 'type':
      return {
        ruleId: 'schema/type',
        params: { expected: String(error.params.type), actual: jsonType(error.data) },
        at: here,
      };
    case 'format':
      if (error.params.format === 'ngay')
        return { ruleId: 'schema/invalid-date', params: { value: String(error.data) }, at: here };
      return { ruleId: 'schema/pattern', params: { value: String(error.data), hint: hintOf(error) }, at: here };
    case 'pattern':
      return { ruleId: 'schema/pattern', params: { value: String(error.data), hint: hintOf(error) }, at: here };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ruleId: 'schema/out-of-range',
        params: { limit: String(error.params.limit), comparison: String(error.params.comparison) },
        at: here,
      };
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      return {
        ruleId: 'schema/length',
        params: {
          limit: Number(error.params.limit),
          comparison: error.keyword.startsWith('min') ? 'min' : 'max',
          what: error.keyword.endsWith('Items') ? 'items' : 'characters',
        },
        at: here,
      };
    default:
      return { ruleId: 'schema/invalid', params: { keyword: error.keyword, detail: error.message ?? '' }, at: here };
  }
}

function hintOf(error: ErrorObject): string {
  const schema = error.parentSchema as { title?: string; description?: string } | undefined;
  const hint = schema?.description ?? schema?.title ?? String(error.params.pattern ?? error.params.format ?? '');
  return hint.replace(/\.$/, ''); // the message adds its own full stop
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
