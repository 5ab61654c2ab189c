import PDFDocument from 'pdfkit';
import type { SharedFaces } from './pdf-fonts.js';
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

/** A rendered document: the PDF bytes and how many pages it took (a set's contents page cites them). */
export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
}

/**
 * One ND30 document as a PDF: A4, Tinos embedded (faces shared across documents, see pdf-fonts.ts), page numbers
 * from page 2, deterministic (fixed dates, no random ids). Sets and other multi-document files are assembled from
 * these with pdf-assemble.ts, never drawn twice.
 */
export function renderPdf(document: DocumentModel, faces: SharedFaces, title: string): Promise<RenderedPdf> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: title, Producer: 'danvan', Creator: 'danvan', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  faces.attach(doc);
  const model = toNfc(document);
  doc.addPage({ size: 'A4', margins: MARGINS });
  drawHeader(doc, model);
  drawTitle(doc, model);
  for (const block of model.blocks) drawBlock(doc, block);
  drawSignatures(doc, model);
  if (model.appendix) drawAppendix(doc, model.appendix);
  // Counted before end(): pdfkit flushes the buffered pages then.
  const pages = doc.bufferedPageRange().count;
  numberPages(doc);
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
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

function drawHeader(doc: Doc, model: DocumentModel): void {
  const left = MARGINS.left;
  const leftWidth = contentWidth(doc) * 0.42;
  const rightX = left + leftWidth;
  const rightWidth = contentWidth(doc) - leftWidth;
  const top = doc.y;
  centered(doc, model.header.governingBody, left, leftWidth, 'regular', 12);
  const issuerBottom = centered(doc, model.header.issuer, left, leftWidth, 'bold', 12);
  rule(doc, left + leftWidth / 2, leftWidth / 3, issuerBottom + 2);
  doc.y = issuerBottom + 6;
  const leftBottom = model.header.number
    ? centered(doc, `Số: ${model.header.number}`, left, leftWidth, 'regular', 13)
    : doc.y;
  doc.y = top;
  centered(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, rightWidth, 'bold', 12);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const mottoBottom = centered(doc, motto, rightX, rightWidth, 'bold', 13);
  rule(doc, rightX + rightWidth / 2, doc.font('bold').fontSize(13).widthOfString(motto), mottoBottom + 1);
  doc.y = mottoBottom + 6;
  const rightBottom = centered(doc, model.header.placeDate, rightX, rightWidth, 'italic', 13);
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
    return centered(doc, signer.name, left, half, 'bold', 13);
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

// ND30: Arabic page numbers centred in the top margin over the text block, none on the first page.
function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc
      .font('regular')
      .fontSize(13)
      .text(String(i - range.start + 1), 0, 8 * MM, { width: doc.page.width, align: 'center', lineBreak: false });
  }
}
