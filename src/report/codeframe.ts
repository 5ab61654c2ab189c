import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface FramePaint {
  gutter: (text: string) => string;
  marker: (text: string) => string;
}

/** A short excerpt around the problem: one line of context each side and a caret under the span. */
export function codeFrame(source: string, diagnostic: Diagnostic, paint: FramePaint): string {
  const lines = source.split(/\r?\n/);
  const { line, column } = diagnostic.start;
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n += 1) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const mark = n === line ? paint.marker('>') : ' ';
    out.push(`  ${mark} ${paint.gutter(`${String(n).padStart(width)} |`)}${text ? ` ${text}` : ''}`);
    if (n === line) {
      const sameLine = diagnostic.end.line === line && diagnostic.end.column > column;
      const length = sameLine ? diagnostic.end.column - column : 1;
      const caretLength = Math.max(1, Math.min(length, Math.max(1, [...text].length - column + 1)));
      out.push(
        `    ${paint.gutter(`${' '.repeat(width)} |`)} ${' '.repeat(column - 1)}${paint.marker('^'.repeat(caretLength))}`,
      );
    }
  }
  return out.join('\n');
}
