import { toIsoDate } from '../core/dates.js';

/**
 * Custom formats, shared by the runtime compiler and the precompiled validators, which call
 * `formats.ngay.validate(…)`: keep the `{ type, validate }` shape.
 */
export const validationFormats = {
  ngay: { type: 'string' as const, validate: (value: string): boolean => toIsoDate(value) !== undefined },
};
