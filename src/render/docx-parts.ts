import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type { IBorderOptions, IParagraphOptions, IRunOptions } from 'docx';
import type { Block, DocumentModel, Signer, TableAppendix } from './document-model.js';

// The parts of a document in Word's own terms, in the order pdf.ts draws them: header, title, blocks, signatures,
// appendix. Sizes are in points here and in Word's units (half-points, twips) only where docx needs them.

/** Twips (1/20 pt) in one millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;
const BODY = 14;
// ND30: first-line indent 1–1.27 cm, spacing ≥ 6 pt between paragraphs; the PDF's indent and leading, so both
// renderers break pages in nearly the same places.
const INDENT = Math.round(10 * TWIPS_PER_MM);
const AFTER = 6 * 20;
const LINE = 264; // 1.1 lines

type Columns = Extract<Block, { kind: 'table' }>['columns'];
type Child = Paragraph | Table;
interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

const run = ({ text, size, bold, italic, underline }: Line): TextRun =>
  new TextRun({
    text,
    size: size * 2,
    ...(bold ? { bold } : {}),
    ...(italic ? { italics: italic } : {}),
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  } satisfies IRunOptions);

const centred = (line: Line, options: IParagraphOptions = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...options, children: [run(line)] });

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

function borderless(widths: readonly number[], cells: readonly Child[][], keepTogether = false): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // Word's default cell padding (1.9 mm a side) would wrap "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: keepTogether,
        children: cells.map(
          (children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children }),
        ),
      }),
    ],
  });
}

/**
 * The letterhead as a borderless two-column table. State (ND30): governing body, issuing body (bold, short rule),
 * "Số: …" on the left; Quốc hiệu, Tiêu ngữ (rule as long as the text: an underline), place and date on the right.
 * Party (HD 36-HD/VPTW): superior committee, issuing body, "*", "Số …" on the left; "ĐẢNG CỘNG SẢN VIỆT NAM"
 * (underlined), place and date on the right.
 */
export function drawHeader(header: DocumentModel['header'], width: number): Child[] {
  const leftWidth = Math.round(width * 0.42);
  const widths = [leftWidth, width - leftWidth];
  const party = header.layout === 'party';
  const left: Child[] = [
    centred({ text: header.governingBody, size: 12 }),
    centred({ text: header.issuer, size: 12, bold: true }),
    party ? centred({ text: '*', size: 12 }) : rule(leftWidth, 1 / 3, 120),
    ...(header.number ? [centred({ text: party ? `Số ${header.number}` : `Số: ${header.number}`, size: 13 })] : []),
  ];
  const placeDate = centred({ text: header.placeDate, size: 13, italic: true }, { spacing: { before: 120, after: 0 } });
  const right: Child[] = party
    ? [centred({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 13, bold: true, underline: true }), placeDate]
    : [
        centred({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 12, bold: true }),
        centred({ text: 'Độc lập - Tự do - Hạnh phúc', size: 13, bold: true, underline: true }),
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
  const paragraph = new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: heading ? {} : { firstLine: INDENT },
    spacing: { after: AFTER, line: LINE },
    keepNext: heading || keepNext,
    children: [
      run({ text: block.text, size: BODY, bold: heading, italic: block.kind === 'paragraph' && block.italic }),
    ],
  });
  return [paragraph];
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
          centred({ text: signer.name, size: 13, bold: true }, { spacing: { before: 62 * 20, after: 0 } }),
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

/** A bordered table; its header row repeats on every page (Word's "Repeat as header row"). */
function grid(columns: Columns, rows: readonly string[][], width: number, boldLastRow = false): Table {
  const widths = columns.map((c) => Math.round(c.width * width));
  const align = (i: number) =>
    ({ left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT })[
      columns[i]?.align ?? 'left'
    ];
  const cell = (text: string, i: number, bold: boolean, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : align(i),
          children: [run({ text, size: 12, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.header, i, true, true)),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, i, boldLastRow && r === rows.length - 1, false)),
          }),
      ),
    ],
  });
}

/** The Phụ lục's content (its landscape section is docx.ts's): "Phụ lục", title, "(Kèm theo …)", the table. */
export function drawAppendix(appendix: TableAppendix, width: number): Child[] {
  return [
    centred({ text: 'Phụ lục', size: BODY, bold: true }, { keepNext: true }),
    centred({ text: appendix.title, size: BODY, bold: true }, { keepNext: true }),
    centred({ text: appendix.subtitle, size: 13, italic: true }, { spacing: { after: 240 }, keepNext: true }),
    grid(appendix.columns, appendix.rows, width),
  ];
}
