import { PDFDocument } from 'pdf-lib';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** One file to cut out of a rendered PDF: which of its pages (0-based), in which order, and the file's title. */
export interface PageSelection {
  pages: readonly number[];
  title: string;
}

/**
 * Files made of pages of one rendered PDF (a unit's parts, and its sets: the set's contents page, then every part).
 * The PDF is parsed once and its pages copied with pdf-lib, never drawn again, so a page looks the same in every file
 * it is in. Deterministic: fixed metadata dates, no document id, objects written in copy order.
 */
export async function cutPdf(pdf: Uint8Array, selections: readonly PageSelection[]): Promise<Uint8Array[]> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const files: Uint8Array[] = [];
  for (const { pages, title } of selections) {
    const out = await PDFDocument.create({ updateMetadata: false });
    for (const page of await out.copyPages(source, [...pages])) out.addPage(page);
    out.setTitle(title);
    out.setProducer('danvan');
    out.setCreator('danvan');
    out.setCreationDate(FIXED_DATE);
    out.setModificationDate(FIXED_DATE);
    // Object streams would deflate every small object again: the copied streams are compressed already.
    files.push(await out.save({ useObjectStreams: false }));
  }
  return files;
}
