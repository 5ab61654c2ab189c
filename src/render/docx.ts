import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ISectionOptions } from 'docx';
import type { DocumentModel } from './document-model.js';
import { drawAppendix, drawBlock, drawHeader, drawSignatures, drawTitle } from './docx-parts.js';
import { DOCUMENT_STYLES, TWIPS_PER_MM } from './docx-text.js';
import type { TextMeasure } from './header-lines.js';
import { toNfc } from './nfc.js';
import { stampZipEntries } from './zip-stamps.js';

const mm = (value: number) => Math.round(value * TWIPS_PER_MM);
const A4 = { width: mm(210), height: mm(297) };
// Nghị định 30/2020, Phụ lục I: portrait top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the PDF's values);
// a landscape page is bound along its top edge: top 30–35 mm, bottom 15–20 mm, left and right 20–25 mm.
const PORTRAIT = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(8), footer: mm(8) };
const LANDSCAPE = { top: mm(30), bottom: mm(20), left: mm(20), right: mm(20), header: mm(12), footer: mm(8) };
const FIXED_DATE = '2000-01-01T00:00:00Z';

/**
 * One document as an editable Word file (.docx, OOXML) from the same model renderPdf draws: A4, Times New Roman by
 * name at each element's size, the letterhead and signatures as borderless tables, page numbers in the header from
 * page 2 (a different first page), the Phụ lục in its own landscape section numbered from 1 again with its header row
 * repeated, keep-with-next from the last paragraph into the signature block, every string NFC. The letterhead's names
 * break where the PDF breaks them (letterheadNameLines, with `measure`: the PDF's font metrics). Deterministic: fixed
 * core properties and zip entry dates, so the same model gives the same bytes in any time zone.
 */
export async function renderDocx(document: DocumentModel, title: string, measure: TextMeasure): Promise<Buffer> {
  const model = toNfc(document);
  const portraitWidth = A4.width - PORTRAIT.left - PORTRAIT.right;
  const last = model.blocks.length - 1;
  const hasSignatures = model.signers.length > 0 || (model.receivers?.length ?? 0) > 0;
  const sections: ISectionOptions[] = [
    section(PageOrientation.PORTRAIT, PORTRAIT, [
      ...drawHeader(model.header, portraitWidth, measure),
      ...drawTitle(model, portraitWidth),
      ...model.blocks.flatMap((block, i) => drawBlock(block, portraitWidth, hasSignatures && i === last)),
      ...drawSignatures(model, portraitWidth),
    ]),
  ];
  if (model.appendix) {
    const width = A4.height - LANDSCAPE.left - LANDSCAPE.right;
    sections.push(section(PageOrientation.LANDSCAPE, LANDSCAPE, drawAppendix(model.appendix, width)));
  }
  const doc = new Document({
    creator: 'danvan',
    lastModifiedBy: 'danvan',
    title: title.normalize('NFC'),
    revision: 1,
    styles: DOCUMENT_STYLES,
    sections,
  });
  const packed = await Packer.toBuffer(doc, false, [
    { path: 'docProps/core.xml', data: coreProperties(title.normalize('NFC')) },
  ]);
  return stampZipEntries(Buffer.from(packed));
}

// Each section numbers its own pages from 1, and its first page carries no number (ND30: none on page 1; a Phụ lục
// is numbered on its own, starting again).
function section(
  orientation: (typeof PageOrientation)[keyof typeof PageOrientation],
  margin: typeof PORTRAIT,
  children: ISectionOptions['children'],
): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: { size: { ...A4, orientation }, margin, pageNumbers: { start: 1 } },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    // A section that ends with a table needs a paragraph after it to hold the section break; a 1 pt one, so a full
    // page does not spill an empty paragraph onto a page of its own.
    children: [
      ...children,
      new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, children: [] }),
    ],
  };
}

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })],
      }),
    ],
  });

// docx stamps created/modified with the clock; these are the same properties with a fixed date.
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const coreProperties = (title: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${escapeXml(title)}</dc:title><dc:creator>danvan</dc:creator>` +
  '<cp:lastModifiedBy>danvan</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>` +
  '</cp:coreProperties>';
