/**
 * A print-ready A4 document over pdf-lib: margins, a cursor that flows text down the page and onto
 * the next, and page numbers ("pagina 1 van 2") written once the page count is known. Text goes
 * through toCharacterSet, so no customer name can make the standard fonts throw.
 *
 * The metadata dates come from the caller's day, not the clock: the same input gives the same file.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { toCharacterSet } from './safeText';
import { wrapText } from './wrap';

/** A4 in PostScript points (1/72 inch). */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** 20 mm all round, the margin office printers print within. */
export const MARGIN = 56.69;

export const COLORS = {
  text: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.4, 0.4, 0.4),
  rule: rgb(0.75, 0.75, 0.75),
  shade: rgb(0.93, 0.93, 0.93),
} as const;

export interface PdfMeta {
  title: string;
  /** BCP 47, e.g. "nl-NL". */
  language: string;
  author?: string;
  /** The day the document is made, 'YYYY-MM-DD'. */
  madeOn: string;
}

export interface TextOptions {
  size?: number;
  bold?: boolean;
  /** Left edge; the left margin when absent. */
  x?: number;
  /** Width to wrap within; up to the right margin when absent. */
  width?: number;
  align?: 'left' | 'right' | 'center';
  color?: RGB;
  /** Line height as a multiple of the size. */
  leading?: number;
}

export class PdfWriter {
  /** The cursor: the baseline of the next line of text, in points from the bottom. */
  y = 0;
  page!: PDFPage;
  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    private readonly supported: ReadonlySet<number>,
    /** Drawn at the top of every page after the first (a table's header, a running title). */
    private onNewPage?: (writer: PdfWriter) => void,
  ) {}

  static async create(meta: PdfMeta): Promise<PdfWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const supported = new Set(regular.getCharacterSet().filter((c) => bold.getCharacterSet().includes(c)));
    const writer = new PdfWriter(doc, regular, bold, supported);
    const day = new Date(`${meta.madeOn}T12:00:00Z`);
    doc.setTitle(writer.safe(meta.title), { showInWindowTitleBar: true });
    doc.setLanguage(meta.language);
    if (meta.author) doc.setAuthor(writer.safe(meta.author));
    doc.setCreator('Klant Inzicht');
    doc.setProducer('Klant Inzicht (pdf-lib)');
    doc.setCreationDate(day);
    doc.setModificationDate(day);
    writer.newPage();
    return writer;
  }

  get left(): number {
    return MARGIN;
  }
  get right(): number {
    return A4.width - MARGIN;
  }
  get contentWidth(): number {
    return A4.width - 2 * MARGIN;
  }
  /** The lowest baseline text may use: room is kept for the page number below it. */
  get bottom(): number {
    return MARGIN + 14;
  }

  /** Text the standard fonts can draw (see safeText.ts). */
  safe(text: string): string {
    return toCharacterSet(text, this.supported);
  }

  font(bold = false): PDFFont {
    return bold ? this.bold : this.regular;
  }

  width(text: string, size: number, bold = false): number {
    return this.font(bold).widthOfTextAtSize(this.safe(text), size);
  }

  /** What to draw at the top of each following page (replaces any earlier one; undefined stops it). */
  setPageHeader(draw: ((writer: PdfWriter) => void) | undefined): void {
    this.onNewPage = draw;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
    this.onNewPage?.(this);
    return this.page;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.y - height < this.bottom) this.newPage();
  }

  /** One line at the cursor's height without moving it (for columns side by side). */
  drawLine(text: string, options: TextOptions = {}): void {
    const size = options.size ?? 10;
    const font = this.font(options.bold);
    const safe = this.safe(text);
    const x0 = options.x ?? this.left;
    const width = options.width ?? this.right - x0;
    const w = font.widthOfTextAtSize(safe, size);
    const x =
      options.align === 'right' ? x0 + width - w : options.align === 'center' ? x0 + (width - w) / 2 : x0;
    this.page.drawText(safe, { x, y: this.y, size, font, color: options.color ?? COLORS.text });
  }

  /** The lines `text` wraps into at these options. */
  lines(text: string, options: TextOptions = {}): string[] {
    const size = options.size ?? 10;
    const x0 = options.x ?? this.left;
    return wrapText(this.safe(text), this.font(options.bold), size, options.width ?? this.right - x0);
  }

  /** A wrapped paragraph from the cursor down, onto the next page where it runs out. */
  text(text: string, options: TextOptions = {}): void {
    const size = options.size ?? 10;
    const step = size * (options.leading ?? 1.35);
    for (const line of this.lines(text, options)) {
      this.ensureSpace(step);
      this.y -= step;
      this.drawLine(line, options);
    }
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A thin horizontal rule across the content width at the cursor. */
  rule(color: RGB = COLORS.rule): void {
    this.page.drawLine({
      start: { x: this.left, y: this.y },
      end: { x: this.right, y: this.y },
      thickness: 0.5,
      color,
    });
  }

  /** Writes "label(n, total)" at the foot of every page, then the file. */
  async save(pageLabel: (page: number, total: number) => string): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const label = this.safe(pageLabel(i + 1, pages.length));
      const w = this.regular.widthOfTextAtSize(label, 8);
      page.drawText(label, {
        x: this.right - w,
        y: MARGIN - 2,
        size: 8,
        font: this.regular,
        color: COLORS.muted,
      });
    });
    return this.doc.save({ useObjectStreams: false });
  }
}

/** "pagina 1 van 2" / "page 1 of 2". */
export function pageLabel(language: 'nl' | 'en'): (page: number, total: number) => string {
  return language === 'nl' ? (p, t) => `pagina ${p} van ${t}` : (p, t) => `page ${p} of ${t}`;
}
