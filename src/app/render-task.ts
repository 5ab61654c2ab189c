import { join } from 'node:path';
import type { DocumentModel } from '../render/document-model.js';

/** One file of a unit's dossier: a part ("001-to-trinh") and the document it holds. */
export interface DossierPart {
  /** File name without folder or extension, e.g. "001-bien-ban". */
  name: string;
  document: DocumentModel;
}

/**
 * A unit of work for the render pool. Plain data (structured-clone safe), so it crosses to a worker thread as is.
 * - unit-dossier: every part written once as its own PDF, then the plan's sets assembled from those bytes;
 * - document: one document written as one PDF (the receiving body's Tờ trình, later the reports).
 */
export type RenderTask =
  | {
      kind: 'unit-dossier';
      unit: string;
      unitName: string;
      outDir: string;
      force: boolean;
      parts: DossierPart[];
      /** The plan's number of sets ("02 bộ"); 0 writes none. */
      sets: number;
    }
  | { kind: 'document'; path: string; document: DocumentModel; title: string; force: boolean };

export interface RenderResult {
  /** Absolute paths, in the order written. */
  written: string[];
  /** A file that exists and was not overwritten (no --force): the task stopped there. Data, not an exception, so it
   * crosses back from a worker thread intact. */
  exists?: string;
}

/** Every file a task will write, in order (a set's name included), so the caller can refuse before drawing. */
export function plannedPaths(task: RenderTask): string[] {
  if (task.kind === 'document') return [task.path];
  const sets = Array.from(
    { length: task.parts.length > 0 ? task.sets : 0 },
    (_, i) => `${task.unit}-ho-so-bo-${i + 1}`,
  );
  return [...task.parts.map((part) => part.name), ...sets].map((name) => join(task.outDir, `${name}.pdf`));
}
