import type { Block } from './document-model.js';

// The PDF's tables (the Phụ lục's lists, the score sheet, the contents page): borders, repeated header, rows kept whole.

type Doc = PDFKit.PDFDocument;
type Columns = Extract<Block, { kind: 'table' }>['columns'];

/** A table row: its cells, or a group heading drawn across the whole width ("I. TẬP THỂ"). */
export type Row = readonly string[] | { group: string };

/**
 * Draws a bordered table of `columns` (widths as shares of `width`, in pt) from the cursor: Times 12 pt, 4 pt cell
 * padding, the header row bold and centred. A row that does not fit goes to a new page (`newPage`) under the header
 * row drawn again; a row taller than a page is cut between words across pages; a group heading ("I. TẬP THỂ") never
 * ends a page. `boldLastRow` for a total row.
 */
export function drawTable(
  doc: Doc,
  columns: Columns,
  rows: readonly Row[],
  width: number,
  newPage: () => void,
  boldLastRow = false,
): void {
  const x = doc.page.margins.left;
  const widths = columns.map((c) => c.width * width);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const cellHeight = (cell: string, i: number, font: string) =>
    doc
      .font(font)
      .fontSize(12)
      .heightOfString(cell, { width: (widths[i] ?? 0) - 8 });
  const heightOf = (cells: readonly string[], font: string) =>
    Math.max(...cells.map((cell, i) => cellHeight(cell, i, font))) + 8;
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
  const freshPage = () => {
    newPage();
    drawRow(header, 'bold', true);
  };
  // A cell's words that fit in `space` points (binary search on the word count), and the rest.
  const cut = (cell: string, i: number, font: string, space: number): [string, string] => {
    const words = cell.split(' ');
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (cellHeight(words.slice(0, mid).join(' '), i, font) + 8 <= space) lo = mid;
      else hi = mid - 1;
    }
    return [words.slice(0, lo).join(' '), words.slice(lo).join(' ')];
  };
  if (doc.y + heightOf(header, 'bold') + 24 > bottom()) newPage();
  drawRow(header, 'bold', true);
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) {
      const title = (row as { group: string }).group;
      // A group heading never ends a page: it needs room for itself and a row under it.
      if (doc.y + 60 > bottom()) freshPage();
      const y = doc.y;
      const h =
        doc
          .font('bold')
          .fontSize(12)
          .heightOfString(title, { width: width - 8 }) + 8;
      doc.rect(x, y, width, h).lineWidth(0.5).stroke();
      doc
        .font('bold')
        .fontSize(12)
        .text(title, x + 4, y + 4, { width: width - 8 });
      doc.y = y + h;
      return;
    }
    const cells = row as readonly string[];
    const font = boldLastRow && r === rows.length - 1 ? 'bold' : 'regular';
    // A row that does not fit goes to the next page, under a repeated header row.
    if (doc.y + heightOf(cells, font) > bottom()) freshPage();
    let rest: readonly string[] = cells;
    // A row taller than a page is split across pages, each piece in its borders under the repeated header.
    while (doc.y + heightOf(rest, font) > bottom()) {
      const pieces = rest.map((cell, i) => cut(cell, i, font, bottom() - doc.y));
      drawRow(
        pieces.map(([now]) => now),
        font,
      );
      rest = pieces.map(([, later]) => later);
      freshPage();
    }
    drawRow(rest, font);
  });
}
