import type { Formatter } from './formatter.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatStylish } from './stylish.js';

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  junit: formatJunit,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
