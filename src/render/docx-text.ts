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

/** `breakBefore`: the run starts on a new line of its paragraph (a manual line break, Word's Shift+Enter). */
export const run = ({ text, size, bold, italic, underline }: Line, breakBefore = false): TextRun =>
  new TextRun({
    text,
    ...(breakBefore ? { break: 1 } : {}),
    size: size * 2,
    ...(bold ? { bold } : {}),
    ...(italic ? { italics: italic } : {}),
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  } satisfies IRunOptions);

export const centred = (line: Line, options: IParagraphOptions = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...options, children: [run(line)] });

/** One centred paragraph whose lines break exactly where `lines` says, not where Word would wrap them. */
export const centredLines = (lines: readonly string[], style: Omit<Line, 'text'>): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: lines.map((text, i) => run({ ...style, text }, i > 0)),
  });
