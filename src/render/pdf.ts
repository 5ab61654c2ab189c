import PDFDocument from 'pdfkit';
import type { DossierFonts } from '../io/fonts.js';
import type { ToTrinhModel } from './dossier-model.js';

const MM = 72 / 25.4;
// Nghị định 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const BODY = 14;
const INDENT = 10 * MM;

type Doc = PDFKit.PDFDocument;

/** The Tờ trình and its Phụ lục as PDF bytes: A4, ND30 layout, Tinos embedded, deterministic. */
export function renderToTrinhPdf(model: ToTrinhModel, fonts: DossierFonts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info: {
      Title: `${model.title} ${model.header.number}`,
      Producer: 'danvan',
      Creator: 'danvan',
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', fonts.regular).registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic).registerFont('boldItalic', fonts.boldItalic);
  drawHeader(doc, model);
  drawBody(doc, model);
  drawSignature(doc, model);
  drawAppendix(doc, model);
  numberPages(doc);
  doc.end();
  return done;
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

function drawHeader(doc: Doc, model: ToTrinhModel): void {
  const left = MARGINS.left;
  const leftWidth = contentWidth(doc) * 0.42;
  const rightX = left + leftWidth;
  const rightWidth = contentWidth(doc) - leftWidth;
  const top = doc.y;
  centered(doc, model.header.governingBody, left, leftWidth, 'regular', 12);
  const issuerBottom = centered(doc, model.header.issuer, left, leftWidth, 'bold', 12);
  rule(doc, left + leftWidth / 2, leftWidth / 3, issuerBottom + 2);
  doc.y = issuerBottom + 6;
  const leftBottom = centered(doc, `Số: ${model.header.number}`, left, leftWidth, 'regular', 13);
  doc.y = top;
  centered(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, rightWidth, 'bold', 12);
  const mottoBottom = centered(doc, 'Độc lập - Tự do - Hạnh phúc', rightX, rightWidth, 'bold', 13);
  rule(
    doc,
    rightX + rightWidth / 2,
    doc.font('bold').fontSize(13).widthOfString('Độc lập - Tự do - Hạnh phúc'),
    mottoBottom + 1,
  );
  doc.y = mottoBottom + 6;
  const rightBottom = centered(doc, model.header.placeDate, rightX, rightWidth, 'italic', 13);
  doc.y = Math.max(leftBottom, rightBottom) + 18;
}

function drawBody(doc: Doc, model: ToTrinhModel): void {
  const x = MARGINS.left;
  const width = contentWidth(doc);
  centered(doc, model.title, x, width, 'bold', BODY);
  const summaryBottom = centered(doc, model.summary, x + width * 0.1, width * 0.8, 'bold', BODY);
  rule(doc, x + width / 2, width / 4, summaryBottom + 3);
  doc.y = summaryBottom + 14;
  if (model.recipients.length === 1) centered(doc, `Kính gửi: ${model.recipients[0] ?? ''}`, x, width, 'regular', BODY);
  else {
    centered(doc, 'Kính gửi:', x, width, 'regular', BODY);
    for (const r of model.recipients) centered(doc, `- ${r};`, x, width, 'regular', BODY);
  }
  doc.moveDown(0.6);
  const paragraph = (text: string, font: string) =>
    doc
      .font(font)
      .fontSize(BODY)
      .text(text, x, doc.y, { width, align: 'justify', indent: INDENT, paragraphGap: 6, lineGap: 2 });
  for (const base of model.bases) paragraph(`Căn cứ ${base.replace(/^Căn cứ\s+/i, '')}`, 'italic');
  for (const text of model.paragraphs) paragraph(text, 'regular');
}

function drawSignature(doc: Doc, model: ToTrinhModel): void {
  const x = MARGINS.left;
  const half = contentWidth(doc) / 2;
  if (doc.y + 160 > doc.page.height - MARGINS.bottom) doc.addPage();
  const top = doc.y + 12;
  doc.y = top;
  doc.font('boldItalic').fontSize(12).text('Nơi nhận:', x, doc.y, { width: half });
  for (const line of model.receivers) doc.font('regular').fontSize(11).text(line, x, doc.y, { width: half });
  const leftBottom = doc.y;
  doc.y = top;
  if (model.signer.authority) centered(doc, model.signer.authority, x + half, half, 'bold', 13);
  if (model.signer.title) centered(doc, model.signer.title, x + half, half, 'bold', 13);
  doc.y += 62; // room for the signature and the seal
  const rightBottom = centered(doc, model.signer.name, x + half, half, 'bold', 13);
  doc.y = Math.max(leftBottom, rightBottom);
}

function drawAppendix(doc: Doc, model: ToTrinhModel): void {
  doc.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
  const x = MARGINS.left;
  const width = contentWidth(doc);
  centered(doc, 'Phụ lục', x, width, 'bold', BODY);
  centered(doc, model.appendix.title, x, width, 'bold', BODY);
  centered(doc, model.appendix.subtitle, x, width, 'italic', 13);
  doc.moveDown(0.8);
  const widths = model.appendix.columns.map((c) => c.width * width);
  const drawRow = (cells: string[], font: string) => {
    const height =
      Math.max(
        ...cells.map((cell, i) =>
          doc
            .font(font)
            .fontSize(12)
            .heightOfString(cell, { width: (widths[i] ?? 0) - 8 }),
        ),
      ) + 8;
    let cx = x;
    const y = doc.y;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.rect(cx, y, w, height).lineWidth(0.5).stroke();
      doc
        .font(font)
        .fontSize(12)
        .text(cell, cx + 4, y + 4, { width: w - 8, align: i === 0 ? 'center' : 'left' });
      cx += w;
    });
    doc.y = y + height;
    return height;
  };
  const header = model.appendix.columns.map((c) => c.header);
  drawRow(header, 'bold');
  for (const row of model.appendix.rows) {
    const needed =
      Math.max(
        ...row.map((cell, i) =>
          doc
            .font('regular')
            .fontSize(12)
            .heightOfString(cell, { width: (widths[i] ?? 0) - 8 }),
        ),
      ) + 8;
    // A row that does not fit goes to the next page, under a repeated header row.
    if (doc.y + needed > doc.page.height - MARGINS.bottom) {
      doc.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
      drawRow(header, 'bold');
    }
    drawRow(row, 'regular');
  }
}

// ND30: Arabic page numbers centred in the top margin, none on the first page.
function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc
      .font('regular')
      .fontSize(13)
      .text(String(i + 1), 0, 8 * MM, { width: doc.page.width, align: 'center', lineBreak: false });
  }
}
