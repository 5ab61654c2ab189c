import type { Formatter } from './formatter.js';

// Each formatter is imported only when chosen: stylish pulls in chalk, which json and junit never need.
const LOADERS = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  junit: async () => (await import('./junit.js')).formatJunit,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof LOADERS;
export const FORMAT_NAMES = Object.keys(LOADERS) as FormatName[];

export const loadFormatter = (name: FormatName): Promise<Formatter> => LOADERS[name]();
