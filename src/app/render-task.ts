import type { OutputProblem } from '../io/output-error.js';
import { outputFileFor } from '../io/output-path.js';
import type { DocumentModel } from '../render/document-model.js';

/** One file of a unit's dossier: a part ("to-trinh") and the document it holds. */
export interface DossierPart {
  /** The part's name in its file name "<unit>-<name>.pdf", e.g. "bien-ban". */
  name: string;
  document: DocumentModel;
}

/** What a task writes: the PDF (printing, signing, the sets) and/or the editable Word copy from the same model. */
export type OutputFormat = 'pdf' | 'docx';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['pdf', 'docx'];

/**
 * A unit of work for the render pool. Plain data (structured-clone safe), so it crosses to a worker thread as is.
 * - unit-dossier: every part written as its own PDF and/or .docx, and the plan's sets cut from the same PDF pages
 *   (PDF only: a set is the bundle that is printed and filed; with docx too, each set's contents page also as
 *   "<unit>-muc-luc-bo-<n>.docx");
 * - document: one document written as one PDF and/or .docx (the receiving body's Tờ trình, the reports).
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
      formats: readonly OutputFormat[];
    }
  | {
      kind: 'document';
      /** The PDF's path; the .docx goes beside it under the same name. */
      path: string;
      document: DocumentModel;
      title: string;
      force: boolean;
      formats: readonly OutputFormat[];
    };

export interface RenderResult {
  /** Absolute paths, in the order written. */
  written: string[];
  /**
   * A file that exists and was not overwritten (no --force): the task stopped there. Data, not an exception, so it
   * crosses back from a worker thread intact.
   */
  exists?: string;
  /**
   * Why the task could not write (no permission, no space, a folder where a file goes): the OutputError's fields, as
   * data for the same reason — a class does not survive the trip back from a worker, and the officer would get a
   * stack trace instead of the message. runRenderTasks throws it again as an OutputError.
   */
  failed?: { problem: OutputProblem; path: string; detail: string; example: string };
}

/** What naming a unit's files needs: its code, the folder, its parts' names, the sets and the formats. */
type UnitFiles = Pick<
  Extract<RenderTask, { kind: 'unit-dossier' }>,
  'kind' | 'unit' | 'outDir' | 'sets' | 'formats'
> & {
  parts: readonly { name: string }[];
};

/** Every file a task will write, in order (a set's name included), so the caller can refuse before drawing. */
export function plannedPaths(task: Extract<RenderTask, { kind: 'document' }> | UnitFiles): string[] {
  const pdf = task.formats.includes('pdf');
  const docx = task.formats.includes('docx');
  if (task.kind === 'document') return documentPaths(task.path, task.formats);
  const inFormats = (name: string) => [
    ...(pdf ? [unitFilePath(task, name)] : []),
    ...(docx ? [unitFilePath(task, name, 'docx')] : []),
  ];
  const sets = Array.from({ length: pdf && task.parts.length > 0 ? task.sets : 0 }, (_, i) => [
    unitFilePath(task, setName(i + 1)),
    ...(docx ? [unitFilePath(task, contentsName(i + 1), 'docx')] : []),
  ]);
  return [...task.parts.flatMap((part) => inFormats(part.name)), ...sets.flat()];
}

/** The files one document is written as: its PDF path and/or the .docx beside it. */
export const documentPaths = (path: string, formats: readonly OutputFormat[]): string[] => [
  ...(formats.includes('pdf') ? [path] : []),
  ...(formats.includes('docx') ? [docxPathOf(path)] : []),
];

/** "…/tong-hop-to-trinh.pdf" → "…/tong-hop-to-trinh.docx". */
export const docxPathOf = (pdfPath: string): string => pdfPath.replace(/(\.pdf|\.docx)?$/i, '.docx');

/** "muc-luc-bo-1": the n-th set's contents page as its own (.docx) file. */
export const contentsName = (set: number): string => `muc-luc-bo-${set}`;

/** "ho-so-bo-1": the name of a unit's n-th set in its file name. */
export const setName = (set: number): string => `ho-so-bo-${set}`;

/**
 * "<outDir>/<unit>-<name>.pdf" (or .docx). The unit is the registry's code, made a safe file-name stem; the path is refused
 * (OutputPathError) if it would leave the output folder, whatever the code holds.
 */
export const unitFilePath = (task: { outDir: string; unit: string }, name: string, ext: OutputFormat = 'pdf'): string =>
  outputFileFor(task.outDir, task.unit, `${name}.${ext}`);

/**
 * Files of the other format beside those a run wrote, left from an earlier run (X.docx beside a new X.pdf in a
 * `--format pdf` run, and the other way round): they may say what the new files no longer say. `exists` is the
 * caller's check (the disk), so this stays pure. In the order of `written`.
 */
export function staleCopies(
  written: readonly string[],
  formats: readonly OutputFormat[],
  exists: (path: string) => boolean,
): string[] {
  const other = OUTPUT_FORMATS.filter((f) => !formats.includes(f));
  const done = new Set(written);
  // A set's PDF (001-ho-so-bo-1.pdf) has its contents page's Word copy (001-muc-luc-bo-1.docx) as its other format.
  const copiesOf = (path: string, ext: OutputFormat) => [
    path.replace(/\.(pdf|docx)$/i, `.${ext}`),
    ...(ext === 'docx' ? [path.replace(/-ho-so-bo-(\d+)\.pdf$/i, '-muc-luc-bo-$1.docx')] : []),
  ];
  return written.flatMap((path) =>
    [...new Set(other.flatMap((ext) => copiesOf(path, ext)))].filter((copy) => !done.has(copy) && exists(copy)),
  );
}
