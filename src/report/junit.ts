import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPlace } from '../diagnostics/place.js';
import type { Formatter } from './formatter.js';

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** One testsuite per file; errors are failures, warnings and notices go to system-out, clean files pass. */
export const formatJunit: Formatter = (report) => {
  const byFile = new Map<string, Diagnostic[]>(report.files.map((file) => [file, []]));
  for (const d of report.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const suites = [...byFile].map(([file, diagnostics]) => {
    const failures = diagnostics.filter((d) => d.severity === 'error').length;
    const cases =
      diagnostics.length === 0
        ? [`    <testcase classname="danvan.validate" name="${escapeXml(file)}"/>`]
        : diagnostics.map((d) => {
            const place = formatPlace(d.file, d.start);
            const name = escapeXml(`${place.slice(d.file.length + 1)} ${d.ruleId}`);
            const text = escapeXml(`${place} ${d.message}`);
            const body =
              d.severity === 'error'
                ? `<failure type="${d.ruleId}" message="${escapeXml(d.message)}">${text}</failure>`
                : `<system-out>${escapeXml(d.severity)}: ${text}</system-out>`;
            return `    <testcase classname="${escapeXml(file)}" name="${name}">${body}</testcase>`;
          });
    return [
      `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${failures}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = [...byFile.values()].reduce((n, list) => n + Math.max(1, list.length), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="danvan validate" tests="${tests}" failures="${report.totals.errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
