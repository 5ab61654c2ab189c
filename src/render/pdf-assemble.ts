import { PDFDocument } from 'pdf-lib';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * One PDF made of whole PDFs, page after page, in the order given (a set: its contents page, then every part). Pages
 * are copied with pdf-lib, never drawn again, so each part looks exactly as its own file. Deterministic: fixed
 * metadata dates, no document id, objects written in copy order.
 */
export async function assemblePdf(parts: readonly Uint8Array[], title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const part of parts) {
    const source = await PDFDocument.load(part, { updateMetadata: false });
    for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
  }
  out.setTitle(title);
  out.setProducer('danvan');
  out.setCreator('danvan');
  out.setCreationDate(FIXED_DATE);
  out.setModificationDate(FIXED_DATE);
  return out.save();
}
