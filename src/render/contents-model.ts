import type { DocumentModel } from './document-model.js';

export interface ContentsPart {
  title: string;
  number?: string;
  /** The part's own pages, its Phụ lục included. */
  pages: number;
  /** Of those, the Phụ lục's (numbered on its own). */
  appendixPages: number;
}

/**
 * "Mục lục hồ sơ": the first page of each set, listing its parts and how many pages each has. Decision (issue 10):
 * every part keeps its own page numbers, as ND30 numbers each document (and a Phụ lục on its own), so the contents
 * page cites each part and its page count ("3 + Phụ lục 2"), never set-wide page ranges that no page carries.
 */
export function buildContents(
  header: DocumentModel['header'],
  unitName: string,
  set: number,
  sets: number,
  parts: readonly ContentsPart[],
): DocumentModel {
  // The contents page is not a document of its own: no number of its own either.
  const { number: _number, ...plain } = header;
  return {
    header: plain,
    title: 'MỤC LỤC HỒ SƠ',
    summary: `Hồ sơ đề nghị khen thưởng của ${unitName} — Bộ số ${String(set).padStart(2, '0')}/${String(sets).padStart(2, '0')}`,
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.08, align: 'center' },
          { header: 'Thành phần hồ sơ', width: 0.46 },
          { header: 'Số, ký hiệu', width: 0.24, align: 'center' },
          { header: 'Số trang', width: 0.22, align: 'center' },
        ],
        rows: parts.map((part, i) => [
          String(i + 1),
          part.title,
          part.number ?? '',
          part.appendixPages > 0
            ? `${part.pages - part.appendixPages} + Phụ lục ${part.appendixPages}`
            : String(part.pages),
        ]),
      },
      {
        kind: 'paragraph',
        text: `Bộ hồ sơ gồm ${parts.length} thành phần, ${parts.reduce((sum, p) => sum + p.pages, 0)} trang (không kể trang mục lục này); mỗi thành phần đánh số trang riêng.`,
        italic: true,
      },
    ],
    signers: [],
  };
}
