import { AlignmentType, BorderStyle, Paragraph } from 'docx';
import type { Block, DocumentModel, Signer, TableAppendix } from './document-model.js';
import { borderless, grid } from './docx-tables.js';
import type { GridRow } from './docx-tables.js';
import { TWIPS_PER_MM, centred, centredLines, run, typedLines } from './docx-text.js';
import { LETTERHEAD_LEFT_SHARE, LETTERHEAD_SIZES, letterheadNameLines } from './header-lines.js';
import type { TextMeasure } from './header-lines.js';
import type { Child } from './docx-text.js';

// The parts of a document in Word's own terms, in the order pdf.ts draws them: header, title, blocks, signatures,
// appendix. Sizes are in points here and in Word's units (half-points, twips) only where docx needs them.

const BODY = 14;
// ND30: first-line indent 1–1.27 cm, spacing ≥ 6 pt between paragraphs; the PDF's indent and leading, so both
// renderers break pages in nearly the same places.
const INDENT = Math.round(10 * TWIPS_PER_MM);
const AFTER = 6 * 20;
const LINE = 264; // 1.1 lines

/**
 * A short rule, centred, `fraction` of `width` twips long: an empty paragraph with a bottom border and indents that
 * set its length. It stays a rule when the officer edits the text around it (a drawn line would float away).
 */
function rule(width: number, fraction: number, after = 0): Paragraph {
  const indent = Math.round((width * (1 - fraction)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after, line: 40, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/**
 * The letterhead as a borderless two-column table. State (ND30): governing body, issuing body (bold, short rule),
 * "Số: …" on the left; Quốc hiệu, Tiêu ngữ (rule as long as the text: an underline), place and date on the right.
 * Party (HD 36-HD/VPTW): superior committee, issuing body, "*", "Số …" on the left; "ĐẢNG CỘNG SẢN VIỆT NAM"
 * (underlined), place and date on the right.
 */
export function drawHeader(header: DocumentModel['header'], width: number, measure: TextMeasure): Child[] {
  const leftWidth = Math.round(width * LETTERHEAD_LEFT_SHARE);
  const widths = [leftWidth, width - leftWidth];
  const party = header.layout === 'party';
  const sizes = LETTERHEAD_SIZES[party ? 'party' : 'state'];
  // The names break where the PDF breaks them, with line breaks Word keeps (its own wrapping would break elsewhere).
  const names = letterheadNameLines(header, measure, leftWidth / 20);
  const left: Child[] = [
    // '' : a body with no governing body above it prints no line for one.
    ...(names.governingBody.length > 0 ? [centredLines(names.governingBody, { size: sizes.name })] : []),
    centredLines(names.issuer, { size: sizes.name, bold: true }),
    party ? centred({ text: '*', size: sizes.name }) : rule(leftWidth, 1 / 3, 120),
    ...(header.number
      ? [centred({ text: party ? `Số ${header.number}` : `Số: ${header.number}`, size: sizes.number })]
      : []),
  ];
  const placeDate = centred(
    { text: header.placeDate, size: sizes.placeDate, italic: true },
    { spacing: { before: 120, after: 0 } },
  );
  const right: Child[] = party
    ? [
        centred({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: LETTERHEAD_SIZES.party.heading, bold: true, underline: true }),
        placeDate,
      ]
    : [
        centred({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: LETTERHEAD_SIZES.state.nationalName, bold: true }),
        centred({
          text: 'Độc lập - Tự do - Hạnh phúc',
          size: LETTERHEAD_SIZES.state.motto,
          bold: true,
          underline: true,
        }),
        placeDate,
      ];
  return [borderless(widths, [left, right])];
}

/** Document type, trích yếu with its short rule, then "Kính gửi:" on one line or as "- …;" lines. */
export function drawTitle(model: DocumentModel, width: number): Child[] {
  const children: Child[] = [
    centred({ text: model.title, size: BODY, bold: true }, { spacing: { before: 360, after: 0 }, keepNext: true }),
  ];
  if (model.summary) {
    const side = Math.round(width * 0.1);
    children.push(
      centred({ text: model.summary, size: BODY, bold: true }, { indent: { left: side, right: side }, keepNext: true }),
    );
  }
  children.push(rule(width, 1 / 4, 240));
  const recipients = model.recipients ?? [];
  if (recipients.length === 1) children.push(centred({ text: `Kính gửi: ${recipients[0] ?? ''}`, size: BODY }));
  else if (recipients.length > 1) {
    children.push(centred({ text: 'Kính gửi:', size: BODY }));
    for (const r of recipients) children.push(centred({ text: `- ${r};`, size: BODY }));
  }
  if (recipients.length > 0) children.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return children;
}

/** A body block: justified paragraph with a first-line indent, a bold heading kept with what follows, or a table. */
export function drawBlock(block: Block, width: number, keepNext: boolean): Child[] {
  if (block.kind === 'table')
    return [
      grid(block.columns, block.rows, width, block.boldLastRow),
      new Paragraph({ spacing: { after: 0 }, children: [] }),
    ];
  const heading = block.kind === 'heading';
  // A line the officer broke (a YAML block such as a Biên bản's "noi_dung: |") is a paragraph of its own, as pdfkit
  // draws it: indented, with the gap after, and not stretched to the margin as a justified line ending in a manual
  // break would be in Word.
  const lines = typedLines(block.text);
  return lines.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: heading ? {} : { firstLine: INDENT },
        // lineRule written out: LibreOffice reads a bare w:line as an exact height (13.2 pt lines for 14 pt text).
        spacing: { after: AFTER, line: LINE, lineRule: 'auto' },
        keepNext: heading || (i === lines.length - 1 ? keepNext : false),
        children: [run({ text, size: BODY, bold: heading, italic: block.kind === 'paragraph' && block.italic })],
      }),
  );
}

/**
 * The signature block as a borderless table whose row cannot split: one signer on the right with "Nơi nhận" on the
 * left, or two signers side by side (Biên bản: THƯ KÝ, CHỦ TRÌ). The paragraph before it keeps with it (drawBlock).
 */
export function drawSignatures(model: DocumentModel, width: number): Child[] {
  const [first, second] = model.signers;
  if (!first && !model.receivers?.length) return [];
  const half = Math.round(width / 2);
  const signature = (signer: Signer | undefined): Child[] =>
    signer
      ? [
          ...(signer.authority ? [centred({ text: signer.authority, size: 13, bold: true }, { keepNext: true })] : []),
          centred({ text: signer.title, size: 13, bold: true }, { keepNext: true }),
          // Room for the signature and the seal, as in the PDF.
          centred(
            { text: signer.rank ? `${signer.rank} ${signer.name}` : signer.name, size: 13, bold: true },
            { spacing: { before: 62 * 20, after: 0 } },
          ),
        ]
      : [new Paragraph({ children: [] })];
  const receivers: Child[] = model.receivers?.length
    ? [
        new Paragraph({ keepNext: true, children: [run({ text: 'Nơi nhận:', size: 12, bold: true, italic: true })] }),
        ...model.receivers.map((text) => new Paragraph({ keepNext: true, children: [run({ text, size: 11 })] })),
      ]
    : [new Paragraph({ children: [] })];
  const cells = second ? [signature(first), signature(second)] : [receivers, signature(first)];
  return [
    new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [] }),
    borderless([half, width - half], cells, true),
  ];
}

/** The Phụ lục's content (its landscape section is docx.ts's): "Phụ lục", title, "(Kèm theo …)", the table. */
export function drawAppendix(appendix: TableAppendix, width: number): Child[] {
  return [
    centred({ text: 'Phụ lục', size: BODY, bold: true }, { keepNext: true }),
    centred({ text: appendix.title, size: BODY, bold: true }, { keepNext: true }),
    centred({ text: appendix.subtitle, size: 13, italic: true }, { spacing: { after: 240 }, keepNext: true }),
    grid(
      appendix.columns,
      appendix.groups ? appendix.groups.flatMap((g): GridRow[] => [{ group: g.title }, ...g.rows]) : appendix.rows,
      width,
    ),
  ];
}
