import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IBorderOptions } from 'docx';
import type { Block } from './document-model.js';
import { TABLE_TEXT_STYLE, typedLines } from './docx-text.js';
import type { Child } from './docx-text.js';

type Columns = Extract<Block, { kind: 'table' }>['columns'];

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const CELL_MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/** A one-row table without borders (letterhead, signatures); `keepTogether`: the row never splits across pages. */
export function borderless(widths: readonly number[], cells: readonly Child[][], keepTogether = false): Table {
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

// A cell's paragraphs in the table text style, one per line the text breaks ("tom_tat_thanh_tich: |"); left is
// Word's default alignment, so it is not written.
const cellText = (text: string, bold: boolean, align: 'left' | 'center' | 'right', keepNext = false) =>
  typedLines(text).map(
    (line) =>
      new Paragraph({
        style: TABLE_TEXT_STYLE,
        ...(align === 'left' ? {} : { alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.RIGHT }),
        ...(keepNext ? { keepNext } : {}),
        children: [new TextRun(bold ? { text: line, bold } : line)],
      }),
  );

// Rows estimated under 300 pt (12 pt text, about 6 pt a character, 14 pt a line) are kept whole on a page, as the
// PDF keeps a row that fits; a taller one may break across pages, since Word cuts off the rest of a row that cannot
// break and is taller than the page.
const SHORT_ROW_PT = 300;
const shortRow = (row: readonly string[], widths: readonly number[]): boolean =>
  row.every((text, i) => {
    const perLine = Math.max(1, Math.floor(((widths[i] ?? 0) / 20 - 8) / 6));
    const lines = typedLines(text).reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    return lines * 14 + 8 <= SHORT_ROW_PT;
  });

/** A row of cells, or a group's title drawn bold across the whole table ("I. TẬP THỂ"). */
export type GridRow = readonly string[] | { group: string };

/**
 * A bordered table; its header row repeats on every page (Word's "Repeat as header row"); a data row that fits is
 * kept on one page and a very tall one may break across pages, as in the PDF.
 */
export function grid(columns: Columns, rows: readonly GridRow[], width: number, boldLastRow = false): Table {
  const widths = columns.map((c) => Math.round(c.width * width));
  const cell = (text: string, i: number, bold: boolean, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: cellText(text, bold, header ? 'center' : (columns[i]?.align ?? 'left')),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    // Once for the table (Word's "Default cell margins"), not on each of its cells.
    margins: CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.header, i, true, true)),
      }),
      ...rows.map((row, r) =>
        'group' in row
          ? new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  columnSpan: columns.length,
                  children: cellText(row.group, true, 'left', true),
                }),
              ],
            })
          : new TableRow({
              ...(shortRow(row, widths) ? { cantSplit: true } : {}),
              children: row.map((text, i) => cell(text, i, boldLastRow && r === rows.length - 1, false)),
            }),
      ),
    ],
  });
}
