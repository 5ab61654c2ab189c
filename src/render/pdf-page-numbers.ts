// Page numbers of danvan's PDFs, drawn as each page is added (see numberPagesAsAdded).

type Doc = PDFKit.PDFDocument;
const MM = 72 / 25.4;

/** Pages added so far, and the start of a run numbered on its own (a document, or its Phụ lục). */
export interface PageNumbering {
  count(): number;
  /** The next page added begins a run: it carries no number, and the pages after it count from 2. */
  startRun(): void;
}

/**
 * ND30: Arabic page numbers centred in the top margin over the text block (between the page's own left and right
 * margins), none on the first page of a run. Each document is numbered on its own, and so is its Phụ lục.
 * Each page is numbered when it is added (pdfkit's 'pageAdded'), not after the whole document: with the pages
 * buffered for numbering at the end, the receiving body's Tờ trình of a national run (13,137 nominees, about 700
 * pages) ran a worker out of its heap. The numbers are set in the document's 'regular' face (attached by pdf-fonts.ts)
 * at 13 pt, 8 mm from the top edge. Call before the first page is added.
 */
export function numberPagesAsAdded(doc: Doc): PageNumbering {
  let count = 0;
  let runFirst = 0;
  let newRun = true;
  doc.on('pageAdded', () => {
    const index = count;
    count += 1;
    if (newRun) {
      newRun = false;
      runFirst = index;
    } else drawPageNumber(doc, String(index - runFirst + 1));
  });
  return {
    count: () => count,
    startRun: () => {
      newRun = true;
    },
  };
}

// A page can be added in the middle of a paragraph (pdfkit's line wrapper goes on with the current font, size and
// position), so the number is drawn without a wrapper and the font, size and position are put back. pdfkit has no
// public way to read the current font: its two private fields are checked, as in pdf-fonts.ts.
interface PdfkitTextState {
  _font: unknown;
  _fontSize: number;
}
function drawPageNumber(doc: Doc, number: string): void {
  const state = doc as unknown as PdfkitTextState;
  if (state._font === undefined || typeof state._fontSize !== 'number')
    throw new Error('pdfkit no longer has _font/_fontSize: update render/pdf.ts');
  const { x, y } = doc;
  const { _font: font, _fontSize: size } = state;
  const { left, right } = doc.page.margins;
  doc.font('regular').fontSize(13);
  const width = doc.widthOfString(number);
  doc.text(number, left + (doc.page.width - left - right - width) / 2, 8 * MM, { lineBreak: false });
  state._font = font;
  state._fontSize = size;
  doc.x = x;
  doc.y = y;
}
