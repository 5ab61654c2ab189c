import { childPointer } from '../diagnostics/pointer.js';

/** Calls `visit` with every text value of a parsed document and its RFC 6901 pointer, in document order. */
export function forEachText(data: unknown, visit: (value: string, pointer: string) => void): void {
  const walk = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') visit(value, pointer);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, childPointer(pointer, i)));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, childPointer(pointer, key));
  };
  walk(data, '');
}
