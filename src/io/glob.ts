/** True when a path argument holds glob syntax that danvan must expand itself (Windows shells do not). */
export const hasGlob = (pattern: string): boolean => /[*?[\]{}]/.test(pattern);

/**
 * Translates a glob (`*`, `**`, `?`, `[…]`, `{a,b}`) on '/'-separated paths into an anchored RegExp. The pattern is
 * NFC: test it against NFC paths (macOS stores names decomposed; the shell passes what was typed, composed).
 * `ignoreCase` for file systems that ignore case (Windows, macOS by default).
 */
export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  pattern = pattern.normalize('NFC');
  let source = '';
  let i = 0;
  let braces = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 3 : 2;
      continue;
    }
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      braces += 1;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[.+^$()|\\]/g, '\\$&');
    i += 1;
  }
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '');
}

/**
 * A path or pattern with '/' between folders, as globToRegExp expects. On Windows (`separator` '\\') a backslash
 * separates folders, as Explorer and cmd.exe write paths; elsewhere it is an ordinary character of a name.
 */
export const slashPattern = (pattern: string, separator: string): string =>
  separator === '\\' ? pattern.replaceAll('\\', '/') : pattern;

/** The directory part of a pattern before its first glob segment: where the walk starts. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex(hasGlob);
  const base = segments.slice(0, firstGlob === -1 ? segments.length : firstGlob).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}
