import { join } from 'node:path';
import { loadDossierFonts } from '../io/fonts.js';
import { OutputExistsError } from '../io/output-exists-error.js';
import { writeOutputAtomic } from '../io/write-output.js';
import type { DocumentModel } from '../render/document-model.js';
import { renderPdf } from '../render/pdf.js';
import type { SharedFaces } from '../render/pdf-fonts.js';
import { shareFaces } from '../render/pdf-fonts.js';
import { writeSets } from './dossier-sets.js';
import type { DocxWriter } from './dossier-sets.js';
import { docxPathOf } from './render-task.js';
import type { RenderResult, RenderTask } from './render-task.js';

// The parsed faces live as long as the process or worker thread that draws: parsing them is the expensive part.
let faces: SharedFaces | undefined;
const sharedFaces = (): SharedFaces => (faces ??= shareFaces(loadDossierFonts()));

/** Draws and writes one task's files (atomically; OutputExistsError without force). Runs in a worker or in-process. */
export async function runRenderTask(task: RenderTask): Promise<RenderResult> {
  const written: string[] = [];
  try {
    await drawAndWrite(task, written);
    return { written };
  } catch (error) {
    if (error instanceof OutputExistsError) return { written, exists: error.path };
    throw error;
  }
}

// The Word renderer (and the docx library) load only when a task asks for .docx.
async function docxWriter(task: RenderTask, written: string[]): Promise<DocxWriter | undefined> {
  if (!task.formats.includes('docx')) return undefined;
  const { renderDocx } = await import('../render/docx.js');
  return async (path: string, document: DocumentModel, title: string) => {
    await writeOutputAtomic(path, await renderDocx(document, title), task.force);
    written.push(path);
  };
}

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
  const rendered = [];
  for (const part of task.parts) {
    const title = `${part.document.title} ${task.unit}`;
    if (pdf) {
      const path = join(task.outDir, `${part.name}.pdf`);
      const result = await renderPdf(part.document, sharedFaces(), title);
      await writeOutputAtomic(path, result.pdf, task.force);
      written.push(path);
      rendered.push({ document: part.document, ...result });
    }
    // The same model, drawn a second way: the officer's editable copy beside the PDF.
    await docx?.(join(task.outDir, `${part.name}.docx`), part.document, title);
  }
  if (pdf) await writeSets(task, rendered, sharedFaces(), written, docx);
}
