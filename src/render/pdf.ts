import PDFDocument from 'pdfkit';
import type { SharedFaces } from './pdf-fonts.js';
import { balancedLines } from './header-lines.js';
import type { Block, DocumentModel, Signer, TableAppendix } from './document-model.js';
import { toNfc } from './nfc.js';

const MM = 72 / 25.4;
// Nghị định 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const BODY = 14;
const INDENT = 10 * MM;

type Doc = PDFKit.PDFDocument;
type Columns = Extract<Block, { kind: 'table' }>['columns'];

/** Where one document lies in a rendered PDF: its first page (0-based) and how many pages it took. */
export interface PageRange {
  first: number;
  pages: number;
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
    bufferPages: true,
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
  const ranges: PageRange[] = [];
  const draw = (model: DocumentModel) => {
    const first = doc.bufferedPageRange().count;
    drawDocument(doc, toNfc(model));
    ranges.push({ first, pages: doc.bufferedPageRange().count - first });
  };
  documents.forEach(draw);
  then?.(ranges).forEach(draw);
  // Numbered before end(): pdfkit flushes the buffered pages then.
  numberPages(doc, ranges);
  doc.end();
  return done.then((pdf) => ({ pdf, ranges }));
}

/** One document alone: its PDF and its page count. */
export async function renderPdf(
  document: DocumentModel,
  faces: SharedFaces,
  title: string,
): Promise<{ pdf: Buffer; pages: number }> {
  const { pdf, ranges } = await renderPdfs([document], faces, title);
  return { pdf, pages: ranges[0]?.pages ?? 0 };
}

function drawDocument(doc: Doc, model: DocumentModel): void {
  doc.addPage({ size: 'A4', margins: MARGINS });
  drawHeader(doc, model);
  drawTitle(doc, model);
  for (const block of model.blocks) drawBlock(doc, block);
  drawSignatures(doc, model);
  if (model.appendix) drawAppendix(doc, model.appendix);
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

// Header lines: each at word boundaries, balanced (see balancedLines), centred in its column.
function headerLines(doc: Doc, text: string, x: number, width: number, font: string, size: number): number {
  doc.font(font).fontSize(size);
  const lines = balancedLines(text, (line) => doc.font(font).fontSize(size).widthOfString(line), width - 2);
  for (const line of lines)
    doc.font(font).fontSize(size).text(line, x, doc.y, { width, align: 'center', lineBreak: false });
  return doc.y;
}

function drawHeader(doc: Doc, model: DocumentModel): void {
  const party = model.header.layout === 'party';
  const left = MARGINS.left;
  const leftWidth = contentWidth(doc) * 0.45;
  const rightX = left + leftWidth;
  const rightWidth = contentWidth(doc) - leftWidth;
  const top = doc.y;
  const { governingBody, issuer, number } = model.header;
  if (governingBody) headerLines(doc, governingBody, left, leftWidth, 'regular', party ? 14 : 12);
  const issuerBottom = headerLines(doc, issuer, left, leftWidth, 'bold', party ? 14 : 12);
  if (party) {
    // Hướng dẫn 36-HD/VPTW: an asterisk under the issuing body, then "Số 12-BC/ĐU" (no colon).
    centered(doc, '*', left, leftWidth, 'regular', 14);
  } else {
    rule(doc, left + leftWidth / 2, leftWidth / 3, issuerBottom + 2);
    doc.y = issuerBottom + 6;
  }
  const leftBottom = number
    ? centered(doc, party ? `Số ${number}` : `Số: ${number}`, left, leftWidth, 'regular', party ? 14 : 13)
    : doc.y;
  doc.y = top;
  if (party) {
    const heading = 'ĐẢNG CỘNG SẢN VIỆT NAM';
    const headingBottom = centered(doc, heading, rightX, rightWidth, 'bold', 15);
    rule(doc, rightX + rightWidth / 2, doc.font('bold').fontSize(15).widthOfString(heading), headingBottom + 1);
    doc.y = headingBottom + 10;
  } else {
    centered(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, rightWidth, 'bold', 12);
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    const mottoBottom = centered(doc, motto, rightX, rightWidth, 'bold', 13);
    rule(doc, rightX + rightWidth / 2, doc.font('bold').fontSize(13).widthOfString(motto), mottoBottom + 1);
    doc.y = mottoBottom + 6;
  }
  const rightBottom = centered(doc, model.header.placeDate, rightX, rightWidth, 'italic', party ? 14 : 13);
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
  if (doc.y + 160 > doc.page.height - MARGINS.bottom) doc.addPage({ size: 'A4', margins: MARGINS });
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

function drawTable(
  doc: Doc,
  columns: Columns,
  rows: readonly string[][],
  width: number,
  newPage: () => void,
  boldLastRow = false,
): void {
  const x = MARGINS.left;
  const widths = columns.map((c) => c.width * width);
  const heightOf = (cells: readonly string[], font: string) =>
    Math.max(
      ...cells.map((cell, i) =>
        doc
          .font(font)
          .fontSize(12)
          .heightOfString(cell, { width: (widths[i] ?? 0) - 8 }),
      ),
    ) + 8;
  const drawRow = (cells: readonly string[], font: string, isHeader = false) => {
    const height = heightOf(cells, font);
    const y = doc.y;
    let cx = x;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.rect(cx, y, w, height).lineWidth(0.5).stroke();
      doc
        .font(font)
        .fontSize(12)
        .text(cell, cx + 4, y + 4, { width: w - 8, align: isHeader ? 'center' : (columns[i]?.align ?? 'left') });
      cx += w;
    });
    doc.y = y + height;
  };
  const header = columns.map((c) => c.header);
  if (doc.y + heightOf(header, 'bold') + 24 > doc.page.height - MARGINS.bottom) newPage();
  drawRow(header, 'bold', true);
  rows.forEach((row, i) => {
    const font = boldLastRow && i === rows.length - 1 ? 'bold' : 'regular';
    // A row that does not fit goes to the next page, under a repeated header row.
    if (doc.y + heightOf(row, font) > doc.page.height - MARGINS.bottom) {
      newPage();
      drawRow(header, 'bold', true);
    }
    drawRow(row, font);
  });
}

function drawAppendix(doc: Doc, appendix: TableAppendix): void {
  const landscape = () => doc.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
  landscape();
  const x = MARGINS.left;
  const width = contentWidth(doc);
  centered(doc, 'Phụ lục', x, width, 'bold', BODY);
  centered(doc, appendix.title, x, width, 'bold', BODY);
  centered(doc, appendix.subtitle, x, width, 'italic', 13);
  doc.moveDown(0.8);
  drawTable(doc, appendix.columns, appendix.rows, width, landscape);
}

// ND30: Arabic page numbers centred in the top margin over the text block, none on a document's first page.
function numberPages(doc: Doc, ranges: readonly PageRange[]): void {
  for (const { first, pages } of ranges)
    for (let page = 1; page < pages; page += 1) {
      doc.switchToPage(first + page);
      doc
        .font('regular')
        .fontSize(13)
        .text(String(page + 1), 0, 8 * MM, { width: doc.page.width, align: 'center', lineBreak: false });
    }
}
