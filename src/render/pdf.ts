import PDFDocument from 'pdfkit';
import type { SharedFaces } from './pdf-fonts.js';
import { LETTERHEAD_LEFT_SHARE, LETTERHEAD_SIZES, letterheadNameLines } from './header-lines.js';
import { withDrawableGlyphs } from '../core/glyphs.js';
import type { Block, DocumentModel, Signer, TableAppendix } from './document-model.js';
import { toNfc } from './nfc.js';
import { numberPagesAsAdded } from './pdf-page-numbers.js';
import type { PageNumbering } from './pdf-page-numbers.js';
import { drawTable } from './pdf-table.js';
import type { Row } from './pdf-table.js';

const MM = 72 / 25.4;
// Nghị định 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
// A landscape Phụ lục is bound along its top edge: top 30–35 mm, bottom 15–20 mm, left and right 20–25 mm.
const LANDSCAPE_MARGINS = { top: 30 * MM, bottom: 20 * MM, left: 20 * MM, right: 20 * MM };
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const BODY = 14;
const INDENT = 10 * MM;

type Doc = PDFKit.PDFDocument;

/** Where one document lies in a rendered PDF: its first page (0-based) and how many pages it took. */
export interface PageRange {
  first: number;
  /** Every page, the Phụ lục included. */
  pages: number;
  /** Pages of the Phụ lục (numbered on its own), 0 without one. */
  appendixPages: number;
}

/** Rendered documents: the PDF bytes and each document's pages, in drawing order. */
export interface RenderedPdf {
  pdf: Buffer;
  ranges: PageRange[];
}

/**
 * ND30 documents drawn one after another into one PDF, each from a new page and numbered on its own (no number on
 * its first page): A4, Tinos embedded once for all of them (faces shared across documents, see pdf-fonts.ts),
 * deterministic (fixed dates, no random ids). `then`, if given, is called with the ranges drawn so far and returns
 * more documents to draw after them (a set's contents page, which cites the parts' real page counts). Files made of
 * some of these pages are cut out with pdf-assemble.ts, never drawn again.
 */
export function renderPdfs(
  documents: readonly DocumentModel[],
  faces: SharedFaces,
  title: string,
  then?: (ranges: readonly PageRange[]) => readonly DocumentModel[],
): Promise<RenderedPdf> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // Pages are numbered as they are added (numberPagesAsAdded), so pdfkit writes each page out when the next begins
    // and a 700-page Phụ lục never sits whole in memory.
    autoFirstPage: false,
    // No default font: pdfkit would read and parse Helvetica's AFM file for every document, to draw nothing with it.
    font: null as unknown as string,
    info: { Title: title, Producer: 'danvan', Creator: 'danvan', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  faces.attach(doc);
  doc.font('regular');
  const pages = numberPagesAsAdded(doc);
  const ranges: PageRange[] = [];
  const draw = (model: DocumentModel) => {
    const first = pages.count();
    const body = drawDocument(doc, drawable(toNfc(model)), pages);
    const count = pages.count() - first;
    ranges.push({ first, pages: count, appendixPages: count - (body - first) });
  };
  documents.forEach(draw);
  then?.(ranges).forEach(draw);
  doc.end();
  return done.then((pdf) => ({ pdf, ranges }));
}

/** One document alone: its PDF, its page count and its Phụ lục's. */
export async function renderPdf(
  document: DocumentModel,
  faces: SharedFaces,
  title: string,
): Promise<{ pdf: Buffer; pages: number; appendixPages: number }> {
  const { pdf, ranges } = await renderPdfs([document], faces, title);
  return { pdf, pages: ranges[0]?.pages ?? 0, appendixPages: ranges[0]?.appendixPages ?? 0 };
}

/** Draws one document from a new page; returns the page count at the end of its body (before its Phụ lục). */
function drawDocument(doc: Doc, model: DocumentModel, pages: PageNumbering): number {
  pages.startRun();
  doc.addPage({ size: 'A4', margins: MARGINS });
  drawHeader(doc, model);
  drawTitle(doc, model);
  model.blocks.forEach((block, i) => {
    // ND30: the signature block and Nơi nhận never stand alone on a page; the last block goes with them.
    if (i === model.blocks.length - 1 && model.signers.length > 0) keepWithSignature(doc, model, block);
    else if (block.kind === 'heading') keepHeadingWithNext(doc, model, i);
    drawBlock(doc, block);
  });
  drawSignatures(doc, model);
  const bodyPages = pages.count();
  if (model.appendix) drawAppendix(doc, model.appendix, pages);
  return bodyPages;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function centered(doc: Doc, text: string, x: number, width: number, font: string, size: number): number {
  doc.font(font).fontSize(size).text(text, x, doc.y, { width, align: 'center' });
  return doc.y;
}

function rule(doc: Doc, centerX: number, length: number, y: number): void {
  doc
    .moveTo(centerX - length / 2, y)
    .lineTo(centerX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

// Lines of a letterhead name (see letterheadNameLines), each centred in its column.
function drawLines(doc: Doc, lines: readonly string[], x: number, width: number, font: string, size: number): number {
  for (const line of lines)
    doc.font(font).fontSize(size).text(line, x, doc.y, { width, align: 'center', lineBreak: false });
  return doc.y;
}

function drawHeader(doc: Doc, model: DocumentModel): void {
  const party = model.header.layout === 'party';
  const sizes = LETTERHEAD_SIZES[party ? 'party' : 'state'];
  const left = MARGINS.left;
  const leftWidth = contentWidth(doc) * LETTERHEAD_LEFT_SHARE;
  const rightX = left + leftWidth;
  const rightWidth = contentWidth(doc) - leftWidth;
  const top = doc.y;
  const { number } = model.header;
  const measure = (text: string, face: string, size: number) => doc.font(face).fontSize(size).widthOfString(text);
  const names = letterheadNameLines(model.header, measure, leftWidth);
  drawLines(doc, names.governingBody, left, leftWidth, 'regular', sizes.name);
  const issuerBottom = drawLines(doc, names.issuer, left, leftWidth, 'bold', sizes.name);
  if (party) {
    // Hướng dẫn 36-HD/VPTW: an asterisk under the issuing body, then "Số 12-BC/ĐU" (no colon).
    centered(doc, '*', left, leftWidth, 'regular', sizes.name);
  } else {
    rule(doc, left + leftWidth / 2, leftWidth / 3, issuerBottom + 2);
    doc.y = issuerBottom + 6;
  }
  const leftBottom = number
    ? centered(doc, party ? `Số ${number}` : `Số: ${number}`, left, leftWidth, 'regular', sizes.number)
    : doc.y;
  doc.y = top;
  if (party) {
    const heading = 'ĐẢNG CỘNG SẢN VIỆT NAM';
    const headingBottom = centered(doc, heading, rightX, rightWidth, 'bold', LETTERHEAD_SIZES.party.heading);
    rule(doc, rightX + rightWidth / 2, measure(heading, 'bold', LETTERHEAD_SIZES.party.heading), headingBottom + 1);
    doc.y = headingBottom + 10;
  } else {
    const { nationalName, motto } = LETTERHEAD_SIZES.state;
    centered(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, rightWidth, 'bold', nationalName);
    const mottoText = 'Độc lập - Tự do - Hạnh phúc';
    const mottoBottom = centered(doc, mottoText, rightX, rightWidth, 'bold', motto);
    rule(doc, rightX + rightWidth / 2, measure(mottoText, 'bold', motto), mottoBottom + 1);
    doc.y = mottoBottom + 6;
  }
  const rightBottom = centered(doc, model.header.placeDate, rightX, rightWidth, 'italic', sizes.placeDate);
  doc.y = Math.max(leftBottom, rightBottom) + 18;
}

function drawTitle(doc: Doc, model: DocumentModel): void {
  const x = MARGINS.left;
  const width = contentWidth(doc);
  const titleBottom = centered(doc, model.title, x, width, 'bold', BODY);
  const bottom = model.summary ? centered(doc, model.summary, x + width * 0.1, width * 0.8, 'bold', BODY) : titleBottom;
  rule(doc, x + width / 2, width / 4, bottom + 3);
  doc.y = bottom + 14;
  const recipients = model.recipients ?? [];
  if (recipients.length === 1) centered(doc, `Kính gửi: ${recipients[0] ?? ''}`, x, width, 'regular', BODY);
  else if (recipients.length > 1) {
    centered(doc, 'Kính gửi:', x, width, 'regular', BODY);
    for (const r of recipients) centered(doc, `- ${r};`, x, width, 'regular', BODY);
  }
  if (recipients.length > 0) doc.moveDown(0.6);
}

function paragraphHeight(doc: Doc, block: Block): number {
  if (block.kind === 'table') return 0;
  const font = block.kind === 'heading' ? 'bold' : block.italic ? 'italic' : 'regular';
  return (
    doc
      .font(font)
      .fontSize(BODY)
      .heightOfString(block.text, {
        width: contentWidth(doc),
        align: 'justify',
        indent: block.kind === 'heading' ? 0 : INDENT,
        lineGap: 2,
      }) + 6
  );
}

// Height of the signature block with Nơi nhận beside it, as drawSignatures lays it out.
function signatureHeight(doc: Doc, model: DocumentModel): number {
  const half = contentWidth(doc) / 2;
  const signer = (s: Signer) => (s.authority ? 17 : 0) + 17 + 62 + 17;
  const receivers =
    17 +
    (model.receivers ?? []).reduce(
      (sum, line) => sum + doc.font('regular').fontSize(11).heightOfString(line, { width: half }),
      0,
    );
  return 12 + Math.max(model.receivers?.length ? receivers : 0, ...model.signers.map(signer));
}

// Starts a new page when `needed` points would not fit under the cursor but would fit on a fresh page (with room to
// spare: a group taller than that breaks where it must).
function keepOnOnePage(doc: Doc, needed: number): void {
  const bottom = doc.page.height - doc.page.margins.bottom;
  const room = bottom - doc.page.margins.top;
  if (doc.y + needed > bottom && needed < room * 0.9) doc.addPage({ size: 'A4', margins: MARGINS });
}

// What must share a page with the signature block (ND30: it never stands alone): the last block and the block itself.
const signatureGroup = (doc: Doc, model: DocumentModel, last: Block): number =>
  paragraphHeight(doc, last) + signatureHeight(doc, model);

// Moves the last block to a new page when it would leave the signature block alone on the next one.
function keepWithSignature(doc: Doc, model: DocumentModel, last: Block): void {
  keepOnOnePage(doc, signatureGroup(doc, model, last));
}

// A heading never ends a page ("V. ĐỀ XUẤT, KIẾN NGHỊ" alone at the foot): it goes to the next page when the first
// two lines of what it heads (a table's header and first row) would not fit under it — Word's keep-with-next, which
// the .docx copy sets on every heading. When what it heads is the last block, kept with the signature block, the
// heading goes with both (else keepWithSignature would move that block on and leave the heading behind).
function keepHeadingWithNext(doc: Doc, model: DocumentModel, index: number): void {
  const heading = model.blocks[index];
  const next = model.blocks[index + 1];
  if (!heading || !next) return;
  const headed = paragraphHeight(doc, heading);
  const room = doc.page.height - doc.page.margins.bottom - doc.page.margins.top;
  const lastWithSignature = index + 1 === model.blocks.length - 1 && model.signers.length > 0;
  const group = lastWithSignature ? headed + signatureGroup(doc, model, next) : Infinity;
  const line = doc.font('regular').fontSize(BODY).heightOfString('X', { lineGap: 2 });
  const firstLines = next.kind === 'table' ? 60 : Math.min(paragraphHeight(doc, next), 2 * line + 6);
  keepOnOnePage(doc, group < room * 0.9 ? group : headed + firstLines);
}

function drawBlock(doc: Doc, block: Block): void {
  const x = MARGINS.left;
  const width = contentWidth(doc);
  if (block.kind === 'table') {
    drawTable(
      doc,
      block.columns,
      block.rows,
      width,
      () => doc.addPage({ size: 'A4', margins: MARGINS }),
      block.boldLastRow,
    );
    doc.moveDown(0.6);
    return;
  }
  const font = block.kind === 'heading' ? 'bold' : block.italic ? 'italic' : 'regular';
  doc
    .font(font)
    .fontSize(BODY)
    .text(block.text, x, doc.y, {
      width,
      align: 'justify',
      indent: block.kind === 'heading' ? 0 : INDENT,
      paragraphGap: 6,
      lineGap: 2,
    });
}

function drawSignatures(doc: Doc, model: DocumentModel): void {
  const x = MARGINS.left;
  const half = contentWidth(doc) / 2;
  if (doc.y + signatureHeight(doc, model) > doc.page.height - MARGINS.bottom)
    doc.addPage({ size: 'A4', margins: MARGINS });
  const top = doc.y + 12;
  const signature = (signer: Signer, left: number): number => {
    doc.y = top;
    if (signer.authority) centered(doc, signer.authority, left, half, 'bold', 13);
    centered(doc, signer.title, left, half, 'bold', 13);
    doc.y += 62; // room for the signature and the seal
    return centered(doc, signer.rank ? `${signer.rank} ${signer.name}` : signer.name, left, half, 'bold', 13);
  };
  const bottoms: number[] = [];
  const [first, second] = model.signers;
  if (second && first) {
    bottoms.push(signature(first, x), signature(second, x + half));
  } else {
    doc.y = top;
    if (model.receivers?.length) {
      doc.font('boldItalic').fontSize(12).text('Nơi nhận:', x, doc.y, { width: half });
      for (const line of model.receivers) doc.font('regular').fontSize(11).text(line, x, doc.y, { width: half });
    }
    bottoms.push(doc.y);
    if (first) bottoms.push(signature(first, x + half));
  }
  doc.y = Math.max(...bottoms);
}

function drawAppendix(doc: Doc, appendix: TableAppendix, pages: PageNumbering): void {
  const landscape = () => doc.addPage({ size: 'A4', layout: 'landscape', margins: LANDSCAPE_MARGINS });
  pages.startRun();
  landscape();
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  centered(doc, 'Phụ lục', x, width, 'bold', BODY);
  centered(doc, appendix.title, x, width, 'bold', BODY);
  centered(doc, appendix.subtitle, x, width, 'italic', 13);
  doc.moveDown(0.8);
  const rows: Row[] = appendix.groups
    ? appendix.groups.flatMap((g): Row[] => [{ group: g.title }, ...g.rows])
    : appendix.rows;
  drawTable(doc, appendix.columns, rows, width, landscape);
}

// A character Tinos lacks (✔, ☎, emoji) would print as an empty box of the wrong width: it is replaced by its
// documented substitute (core/glyphs.ts), after NFC (nfc.ts), in every string before it is drawn.
function drawable<T>(value: T): T {
  if (typeof value === 'string') return withDrawableGlyphs(value) as T;
  if (Array.isArray(value)) return value.map(drawable) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, drawable(item)])) as T;
  }
  return value;
}
