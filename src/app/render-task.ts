import { outputFileFor } from '../io/output-path.js';
import type { DocumentModel } from '../render/document-model.js';

/** One file of a unit's dossier: a part ("to-trinh") and the document it holds. */
export interface DossierPart {
  /** The part's name in its file name "<unit>-<name>.pdf", e.g. "bien-ban". */
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
  /**
   * A file that exists and was not overwritten (no --force): the task stopped there. Data, not an exception, so it
   * crosses back from a worker thread intact.
   */
  exists?: string;
}

/** Every file a task will write, in order (a set's name included), so the caller can refuse before drawing. */
export function plannedPaths(task: RenderTask): string[] {
  if (task.kind === 'document') return [task.path];
  const sets = Array.from({ length: task.parts.length > 0 ? task.sets : 0 }, (_, i) => setName(i + 1));
  return [...task.parts.map((part) => part.name), ...sets].map((name) => unitFilePath(task, name));
}

/** "ho-so-bo-1": the name of a unit's n-th set in its file name. */
export const setName = (set: number): string => `ho-so-bo-${set}`;

/**
 * "<outDir>/<unit>-<name>.pdf". The unit is the registry's code, made a safe file-name stem; the path is refused
 * (OutputPathError) if it would leave the output folder, whatever the code holds.
 */
export const unitFilePath = (task: { outDir: string; unit: string }, name: string): string =>
  outputFileFor(task.outDir, task.unit, `${name}.pdf`);
