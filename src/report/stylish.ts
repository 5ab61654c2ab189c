import { Chalk } from 'chalk';
import { formatPlace } from '../diagnostics/place.js';
import { REGISTRY_MISSING_NOTE, SEVERITY_LABELS, planNotAppliedNote, summaryLine } from '../messages/ui.js';
import { codeFrame } from './codeframe.js';
import type { Formatter } from './formatter.js';

/** `file:line:col  severity  message  [rule]`, each with a short code frame, then a summary line. */
export const formatStylish: Formatter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paintSeverity = { error: chalk.red, warning: chalk.yellow, info: chalk.cyan };
  const blocks = report.diagnostics.map((d) => {
    const where = chalk.bold(formatPlace(d.file, d.start));
    const severity = paintSeverity[d.severity](SEVERITY_LABELS[d.severity][options.lang]);
    const related = (d.related ?? []).map(
      (r) => `  ${chalk.dim(options.lang === 'vi' ? 'xem thêm' : 'see also')} ${formatPlace(r.file, r.start)}`,
    );
    // An Excel form's source is the YAML it was converted to: an excerpt of it would not show what the unit typed.
    const source = d.start.sheet === undefined ? options.readSource(d.file) : undefined;
    const frame =
      source === undefined ? [] : [codeFrame(source, d, { gutter: chalk.dim, marker: paintSeverity[d.severity] })];
    return [`${where}  ${severity}  ${d.message}  ${chalk.dim(`[${d.ruleId}]`)}`, ...related, ...frame].join('\n');
  });
  const { errors, warnings, infos } = report.totals;
  const summary = summaryLine(
    { files: report.files.length, errors, warnings, infos, skipped: report.skipped.length },
    options.lang,
  );
  const paintSummary = errors > 0 ? chalk.red.bold : warnings > 0 ? chalk.yellow.bold : chalk.green.bold;
  const notes = [
    ...(report.planNotApplied ? [chalk.yellow(planNotAppliedNote(report.planNotApplied, options.lang))] : []),
    ...(report.unitRegistryMissing ? [chalk.yellow(REGISTRY_MISSING_NOTE[options.lang])] : []),
  ];
  const body = blocks.length > 0 ? `${blocks.join('\n\n')}\n\n` : '';
  return `${body}${[...notes, paintSummary(summary)].join('\n')}\n`;
};
