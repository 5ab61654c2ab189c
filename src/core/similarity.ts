/** Levenshtein distance, for "did you mean" suggestions on short keys and codes. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within a few edits (a typo), or undefined when nothing is that close. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(candidate, value);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
