/**
 * A table that breaks over pages: each row is kept whole, and its header is drawn again at the top
 * of every page the table continues on. Cells wrap within their column.
 */
import { COLORS, type PdfWriter } from './document';

export interface TableColumn {
  header: string;
  /** Share of the content width; the shares are scaled to fill it. */
  share: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: readonly string[];
  bold?: boolean;
  /** A grey band behind the row (totals). */
  shaded?: boolean;
}

export interface TableOptions {
  size?: number;
}

const PAD = 3;

interface Layout {
  x: number[];
  widths: number[];
}

function layout(writer: PdfWriter, columns: readonly TableColumn[]): Layout {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => (writer.contentWidth * c.share) / total);
  const x: number[] = [];
  widths.reduce((left, w) => {
    x.push(left);
    return left + w;
  }, writer.left);
  return { x, widths };
}

function drawRow(
  writer: PdfWriter,
  columns: readonly TableColumn[],
  at: Layout,
  row: TableRow,
  size: number,
): void {
  const step = size * 1.3;
  const wrapped = row.cells.map((cell, i) =>
    writer.lines(cell, { size, bold: row.bold, width: (at.widths[i] ?? 0) - 2 * PAD }),
  );
  const height = Math.max(1, ...wrapped.map((l) => l.length)) * step + PAD;
  writer.ensureSpace(height);
  if (row.shaded) {
    writer.page.drawRectangle({
      x: writer.left,
      y: writer.y - height,
      width: writer.contentWidth,
      height,
      color: COLORS.shade,
    });
  }
  const top = writer.y;
  wrapped.forEach((lines, i) => {
    writer.y = top;
    for (const line of lines) {
      writer.y -= step;
      writer.drawLine(line, {
        size,
        bold: row.bold,
        x: (at.x[i] ?? 0) + PAD,
        width: (at.widths[i] ?? 0) - 2 * PAD,
        align: columns[i]?.align ?? 'left',
      });
    }
  });
  writer.y = top - height;
}

function drawHeader(writer: PdfWriter, columns: readonly TableColumn[], at: Layout, size: number): void {
  drawRow(writer, columns, at, { cells: columns.map((c) => c.header), bold: true }, size);
  writer.rule(COLORS.text);
  writer.gap(1);
}

/** Draws the table from the cursor down; the cursor ends below its last row. */
export function drawTable(
  writer: PdfWriter,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: TableOptions = {},
): void {
  const size = options.size ?? 9;
  const at = layout(writer, columns);
  // The header and at least one row together, never a header alone at the foot of a page.
  writer.ensureSpace(size * 1.3 * 3 + 2 * PAD);
  drawHeader(writer, columns, at, size);
  writer.setPageHeader((w) => drawHeader(w, columns, at, size));
  try {
    for (const row of rows) drawRow(writer, columns, at, row, size);
  } finally {
    writer.setPageHeader(undefined);
  }
}
