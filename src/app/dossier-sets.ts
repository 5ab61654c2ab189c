import { join } from 'node:path';
import { writeOutputAtomic } from '../io/write-output.js';
import { buildContents } from '../render/contents-model.js';
import type { DocumentModel } from '../render/document-model.js';
import { assemblePdf } from '../render/pdf-assemble.js';
import type { RenderedPdf } from '../render/pdf.js';
import { renderPdf } from '../render/pdf.js';
import type { SharedFaces } from '../render/pdf-fonts.js';

const PART_NAMES: Record<string, string> = {
  'TỜ TRÌNH': 'Tờ trình kèm danh sách đề nghị khen thưởng',
  'BIÊN BẢN': 'Biên bản họp bình xét',
  'BÁO CÁO': 'Báo cáo đánh giá kết quả thực hiện',
  'BẢN CHẤM ĐIỂM': 'Bản chấm điểm tiêu chí',
};

/** Writes one model as .docx at a path (run-render-task.ts's Word step). */
export type DocxWriter = (path: string, document: DocumentModel, title: string) => Promise<void>;

/**
 * The plan's sets (02 bộ), each one PDF "<unit>-ho-so-bo-<n>.pdf": its own "Mục lục hồ sơ" page, then every part's
 * pages copied from the part's rendered bytes (nothing drawn twice). The contents page cites each part's pages in the
 * set from the parts' real page counts, counting the contents page as page 1. Each path written is pushed to `written`.
 * With `docx`, each set's contents page is also written as "<unit>-muc-luc-bo-<n>.docx" from the same model.
 */
export async function writeSets(
  task: { unit: string; unitName: string; outDir: string; force: boolean; sets: number },
  parts: readonly (RenderedPdf & { document: DocumentModel })[],
  faces: SharedFaces,
  written: string[],
  docx?: DocxWriter,
): Promise<void> {
  const first = parts[0];
  if (!first) return;
  let next = 2; // page 1 is the contents page
  const listed = parts.map(({ document, pages }) => {
    const from = next;
    next += pages;
    const title = PART_NAMES[document.title] ?? `${document.title} ${document.summary ?? ''}`.trim();
    return { title, ...(document.header.number ? { number: document.header.number } : {}), from, to: next - 1 };
  });
  for (let set = 1; set <= task.sets; set += 1) {
    const title = `Hồ sơ ${task.unit} bộ ${set}`;
    const model = buildContents(first.document.header, task.unitName, set, task.sets, listed);
    const contents = await renderPdf(model, faces, title);
    const path = join(task.outDir, `${task.unit}-ho-so-bo-${set}.pdf`);
    await writeOutputAtomic(path, await assemblePdf([contents.pdf, ...parts.map((p) => p.pdf)], title), task.force);
    written.push(path);
    await docx?.(join(task.outDir, `${task.unit}-muc-luc-bo-${set}.docx`), model, `Mục lục ${title}`);
  }
}
