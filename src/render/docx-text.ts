import { AlignmentType, CarriageReturn, Paragraph, TextRun, UnderlineType } from 'docx';
import type { IParagraphOptions, IRunOptions, IStylesOptions, Table } from 'docx';

/** Twips (1/20 pt) in one millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** The document's default size in points (body text, ND30: 13–14 pt); a run at this size carries no size of its own. */
export const BODY_SIZE = 14;

/** The paragraph style of table text (12 pt): a cell's run carries no size, and the officer restyles all tables at once. */
export const TABLE_TEXT_STYLE = 'BangBieu';

/**
 * The document's styles: Times New Roman 14 pt, Vietnamese, no space after a paragraph unless it asks for some; the
 * table text style. What every paragraph would otherwise repeat is said once here, so document.xml stays small (the
 * .docx step's time grows with the number of XML elements it writes).
 */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: 'Times New Roman', size: BODY_SIZE * 2, language: { value: 'vi-VN' } },
      paragraph: { spacing: { after: 0 } },
    },
  },
  paragraphStyles: [
    { id: TABLE_TEXT_STYLE, name: 'Bảng biểu', basedOn: 'Normal', quickFormat: true, run: { size: 24 } },
  ],
};

/** What a section's body holds. */
export type Child = Paragraph | Table;

/** One run of text, its size in points. */
export interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** The lines of a text as typed: a YAML block's line feeds, and CR or CRLF from a quoted "\r\n". */
export const typedLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** `breakBefore`: the run starts on a new line of its paragraph (a manual line break, Word's Shift+Enter). */
export const run = ({ text, size, bold, italic, underline }: Line, breakBefore = false): TextRun =>
  new TextRun({
    // A line break typed in the data (a signer's title, a Kính gửi line) stays one, as in the PDF: never a raw line
    // feed inside w:t, which Word and LibreOffice would join.
    ...(/[\r\n]/.test(text)
      ? { children: typedLines(text).flatMap((line, i) => (i === 0 ? [line] : [new CarriageReturn(), line])) }
      : { text }),
    ...(breakBefore ? { break: 1 } : {}),
    ...(size === BODY_SIZE ? {} : { size: size * 2 }),
    ...(bold ? { bold } : {}),
    ...(italic ? { italics: italic } : {}),
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  } satisfies IRunOptions);

export const centred = (line: Line, options: IParagraphOptions = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, ...options, children: [run(line)] });

/** One centred paragraph whose lines break exactly where `lines` says, not where Word would wrap them. */
export const centredLines = (lines: readonly string[], style: Omit<Line, 'text'>): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: lines.map((text, i) => run({ ...style, text }, i > 0)),
  });
