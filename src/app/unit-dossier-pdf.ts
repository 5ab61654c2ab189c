import { buildContents } from '../render/contents-model.js';
import type { ContentsPart } from '../render/contents-model.js';
import type { DocumentModel } from '../render/document-model.js';
import { cutPdf } from '../render/pdf-assemble.js';
import type { PageRange } from '../render/pdf.js';
import { renderPdfs } from '../render/pdf.js';
import type { SharedFaces } from '../render/pdf-fonts.js';
import { setName, unitFilePath } from './render-task.js';
import type { RenderTask } from './render-task.js';

const PART_NAMES: Record<string, string> = {
  'TỜ TRÌNH': 'Tờ trình kèm danh sách đề nghị khen thưởng',
  'BIÊN BẢN': 'Biên bản họp bình xét',
  'BÁO CÁO': 'Báo cáo đánh giá kết quả thực hiện',
  'BẢN CHẤM ĐIỂM': 'Bản chấm điểm tiêu chí',
};

/** A file of a unit's dossier, ready to write. */
export interface DossierFile {
  path: string;
  pdf: Uint8Array;
}

/**
 * A unit's dossier files: each part "<unit>-<part>.pdf", then the plan's sets "<unit>-ho-so-bo-<n>.pdf" (02 bộ), each
 * its own "Mục lục hồ sơ" page followed by every part. The unit is drawn once, parts and contents pages in one PDF
 * (so the fonts are embedded once per unit, not once per file), and every file is cut from it page by page. The
 * contents page cites each part and its real page count (each part keeps its own page numbers; see contents-model.ts).
 * Returns the files and the contents pages' models (for their .docx copies).
 */
export async function unitDossierFiles(
  task: Extract<RenderTask, { kind: 'unit-dossier' }>,
  faces: SharedFaces,
): Promise<{ files: DossierFile[]; contents: DocumentModel[] }> {
  const first = task.parts[0];
  if (!first) return { files: [], contents: [] };
  const sets = Array.from({ length: task.sets }, (_, i) => i + 1);
  let contentsModels: DocumentModel[] = [];
  const contents = (ranges: readonly PageRange[]) => {
    const listed: ContentsPart[] = task.parts.map(({ document }, i) => {
      const title = PART_NAMES[document.title] ?? `${document.title} ${document.summary ?? ''}`.trim();
      const { pages = 0, appendixPages = 0 } = ranges[i] ?? {};
      return { title, ...(document.header.number ? { number: document.header.number } : {}), pages, appendixPages };
    });
    contentsModels = sets.map((set) => buildContents(first.document.header, task.unitName, set, task.sets, listed));
    return contentsModels;
  };
  const rendered = await renderPdfs(
    task.parts.map((part) => part.document),
    faces,
    `Hồ sơ ${task.unit}`,
    contents,
  );
  const pagesOf = ({ first: start, pages }: PageRange) => Array.from({ length: pages }, (_, i) => start + i);
  const partPages = rendered.ranges.slice(0, task.parts.length).map(pagesOf);
  const setTitle = (set: number) => `Hồ sơ ${task.unit} bộ ${set}`;
  const selections = [
    ...task.parts.map((part, i) => ({
      name: part.name,
      pages: partPages[i] ?? [],
      title: `${part.document.title} ${task.unit}`,
    })),
    ...sets.map((set, i) => {
      const range = rendered.ranges[task.parts.length + i];
      return {
        name: setName(set),
        pages: [...(range ? pagesOf(range) : []), ...partPages.flat()],
        title: setTitle(set),
      };
    }),
  ];
  const files = await cutPdf(rendered.pdf, selections);
  return {
    files: selections.map((selection, i) => ({
      path: unitFilePath(task, selection.name),
      pdf: files[i] ?? new Uint8Array(),
    })),
    contents: contentsModels,
  };
}
