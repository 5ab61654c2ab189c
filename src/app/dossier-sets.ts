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

/**
 * The plan's sets (02 bộ), each one PDF "<unit>-ho-so-bo-<n>.pdf": its own "Mục lục hồ sơ" page, then every part's
 * pages copied from the part's rendered bytes (nothing drawn twice), each with its own page numbers. The contents page
 * cites each part and its real page count (see contents-model.ts). Each path written is pushed to `written`.
 */
export async function writeSets(
  task: { unit: string; unitName: string; outDir: string; force: boolean; sets: number },
  parts: readonly (RenderedPdf & { document: DocumentModel })[],
  faces: SharedFaces,
  written: string[],
): Promise<void> {
  const first = parts[0];
  if (!first) return;
  const listed = parts.map(({ document, pages, appendixPages }) => {
    const title = PART_NAMES[document.title] ?? `${document.title} ${document.summary ?? ''}`.trim();
    return { title, ...(document.header.number ? { number: document.header.number } : {}), pages, appendixPages };
  });
  for (let set = 1; set <= task.sets; set += 1) {
    const title = `Hồ sơ ${task.unit} bộ ${set}`;
    const contents = await renderPdf(
      buildContents(first.document.header, task.unitName, set, task.sets, listed),
      faces,
      title,
    );
    const path = join(task.outDir, `${task.unit}-ho-so-bo-${set}.pdf`);
    await writeOutputAtomic(path, await assemblePdf([contents.pdf, ...parts.map((p) => p.pdf)], title), task.force);
    written.push(path);
  }
}
