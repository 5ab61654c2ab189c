import { loadDossierFonts } from '../io/fonts.js';
import { OutputError } from '../io/output-error.js';
import { OutputExistsError } from '../io/output-exists-error.js';
import { writeOutputAtomic } from '../io/write-output.js';
import type { DocumentModel } from '../render/document-model.js';
import { renderPdf } from '../render/pdf.js';
import type { SharedFaces } from '../render/pdf-fonts.js';
import { shareFaces } from '../render/pdf-fonts.js';
import { unitDossierFiles } from './unit-dossier-pdf.js';
import { contentsName, docxPathOf, unitFilePath } from './render-task.js';
import type { RenderResult, RenderTask } from './render-task.js';

// The parsed faces live as long as the process or worker thread that draws: parsing them is the expensive part.
let faces: SharedFaces | undefined;
const sharedFaces = (): SharedFaces => (faces ??= shareFaces(loadDossierFonts()));

/**
 * Draws and writes one task's files (atomically). An existing file without force, or an OutputError from writing, comes
 * back in the result (exists, failed), never thrown. Runs in a worker or in-process.
 */
export async function runRenderTask(task: RenderTask): Promise<RenderResult> {
  const written: string[] = [];
  try {
    await drawAndWrite(task, written);
    return { written };
  } catch (error) {
    if (error instanceof OutputExistsError) return { written, exists: error.path };
    if (error instanceof OutputError) {
      const { problem, path, detail, example } = error;
      return { written, failed: { problem, path, detail, example } };
    }
    throw error;
  }
}

// The Word renderer (and the docx library) load only when a task asks for .docx.
async function docxWriter(task: RenderTask, written: string[]): Promise<DocxWriter | undefined> {
  if (!task.formats.includes('docx')) return undefined;
  const { renderDocx } = await import('../render/docx.js');
  return async (path: string, document: DocumentModel, title: string) => {
    // The PDF's font metrics, so the letterhead's names break in the same places in both copies.
    await writeOutputAtomic(path, await renderDocx(document, title, sharedFaces().measure), task.force);
    written.push(path);
  };
}

/** Writes one model as .docx at a path. */
type DocxWriter = (path: string, document: DocumentModel, title: string) => Promise<void>;

async function drawAndWrite(task: RenderTask, written: string[]): Promise<void> {
  const pdf = task.formats.includes('pdf');
  const docx = await docxWriter(task, written);
  if (task.kind === 'document') {
    if (pdf) {
      await writeOutputAtomic(task.path, (await renderPdf(task.document, sharedFaces(), task.title)).pdf, task.force);
      written.push(task.path);
    }
    await docx?.(docxPathOf(task.path), task.document, task.title);
    return;
  }
  const { files, contents } = pdf ? await unitDossierFiles(task, sharedFaces()) : { files: [], contents: [] };
  for (const file of files) {
    await writeOutputAtomic(file.path, file.pdf, task.force);
    written.push(file.path);
  }
  // The same models, drawn a second way: the officer's editable copies beside the PDFs.
  for (const part of task.parts)
    await docx?.(unitFilePath(task, part.name, 'docx'), part.document, `${part.document.title} ${task.unit}`);
  for (const [i, model] of contents.entries())
    await docx?.(unitFilePath(task, contentsName(i + 1), 'docx'), model, `Mục lục hồ sơ ${task.unit} bộ ${i + 1}`);
}
