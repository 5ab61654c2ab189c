import type { DocumentModel } from './document-model.js';

export interface ContentsPart {
  title: string;
  number?: string;
  /** Pages of the part inside the set, 1-based, counting this contents page as page 1. */
  from: number;
  to: number;
}

/** "Mục lục hồ sơ": the first page of each set, listing its parts and where they are. */
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
          { header: 'Trang', width: 0.22, align: 'center' },
        ],
        rows: parts.map((part, i) => [
          String(i + 1),
          part.title,
          part.number ?? '',
          part.from === part.to ? String(part.from) : `${part.from}–${part.to}`,
        ]),
      },
    ],
    signers: [],
  };
}
