/**
 * Every string of a value, deeply, in Unicode NFC. Decomposed Vietnamese draws (PDF) or sorts and searches (Word) as
 * base letters followed by loose marks, so each renderer normalises the whole model first, whatever produced it (a
 * hand-edited dataset included).
 */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNfc(item)])) as T;
  }
  return value;
}
