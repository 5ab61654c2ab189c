import { loadDossierFonts } from '../io/fonts.js';
import { OutputExistsError } from '../io/output-exists-error.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { renderPdf } from '../render/pdf.js';
import type { SharedFaces } from '../render/pdf-fonts.js';
import { shareFaces } from '../render/pdf-fonts.js';
import { unitDossierFiles } from './unit-dossier-pdf.js';
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

async function drawAndWrite(task: RenderTask, written: string[]): Promise<void> {
  if (task.kind === 'document') {
    const { pdf } = await renderPdf(task.document, sharedFaces(), task.title);
    await writeOutputAtomic(task.path, pdf, task.force);
    written.push(task.path);
    return;
  }
  for (const file of await unitDossierFiles(task, sharedFaces())) {
    await writeOutputAtomic(file.path, file.pdf, task.force);
    written.push(file.path);
  }
}
