import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NodeRef, Span } from '../diagnostics/types.js';
import { defaultSeverity, renderMessage } from '../messages/catalog.js';
import type { Finding, Lang } from '../messages/catalog.js';

const FILE_START: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The one place a Finding becomes a Diagnostic: severity looked up, span located, message rendered. */
export function locateFindings(
  findings: readonly Finding[],
  locate: (ref: NodeRef, onKey: boolean) => Span | undefined,
  lang: Lang,
): Diagnostic[] {
  const spanOf = (ref: NodeRef, onKey = false): Span => locate(ref, onKey) ?? FILE_START;
  return findings.map((finding) => {
    const span = finding.span ?? spanOf(finding.at, finding.onKey);
    const diagnostic: Diagnostic = {
      ruleId: finding.ruleId,
      severity: finding.severity ?? defaultSeverity(finding.ruleId),
      // renderMessage is generic over the rule; the union member carries matching params.
      message: renderMessage(finding.ruleId, finding.params as never, lang),
      file: finding.at.file,
      pointer: finding.at.pointer,
      start: span.start,
      end: span.end,
    };
    if (finding.related?.length) {
      diagnostic.related = finding.related.map(({ file, pointer, position }) => ({
        file,
        pointer,
        start: position ?? spanOf({ file, pointer }).start,
      }));
    }
    return diagnostic;
  });
}
