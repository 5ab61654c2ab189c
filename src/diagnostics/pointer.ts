/** RFC 6901 escaping, so keys containing '/' or '~' still round-trip. */
export function childPointer(parent: string, key: string | number): string {
  const segment = String(key).replace(/~/g, '~0').replace(/\//g, '~1');
  return `${parent}/${segment}`;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
