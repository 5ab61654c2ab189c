import { AlignmentType, Paragraph, TextRun, UnderlineType } from 'docx';
import type { IParagraphOptions, IRunOptions, Table } from 'docx';

/** Twips (1/20 pt) in one millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

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

export const run = ({ text, size, bold, italic, underline }: Line): TextRun =>
  new TextRun({
    text,
    size: size * 2,
    ...(bold ? { bold } : {}),
    ...(italic ? { italics: italic } : {}),
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  } satisfies IRunOptions);

export const centred = (line: Line, options: IParagraphOptions = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...options, children: [run(line)] });
