/**
 * A reminder letter as an A4 PDF for a window envelope: the letterhead, the address in the window
 * (letterWindow.ts), place and date, subject, the reminder's paragraphs around a table of the
 * invoices, a signature space, the payment QR when there is one, and page numbers when the letter
 * runs over a page. It lays out what src/domain/letters decided; it adds no words of its own.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import qrcode from 'qrcode-generator';
import type { LetterContent } from '../domain/letters';
import { utf8Bytes } from '../domain/payment/epcQr';
import { drawText, widthMm, wrap } from './letterText';
import {
  A4_MM,
  ADDRESS_TEXT,
  BELOW_WINDOW,
  BODY,
  FOLD_MARKS_MM,
  LETTERHEAD,
  LETTER_MARGINS_MM,
  QR_MM,
  mmToPt,
} from './letterWindow';

const LEFT = LETTER_MARGINS_MM.left;
const RIGHT = A4_MM.width - LETTER_MARGINS_MM.right;
const LAST_BASELINE = A4_MM.height - LETTER_MARGINS_MM.bottom;
const GREY = rgb(0.45, 0.45, 0.45);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Where the next line goes; a new page when the current one is full. */
class Flow {
  page: PDFPage;
  /** Baseline of the last line drawn, in mm from the top. */
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    first: PDFPage,
    top: number,
  ) {
    this.page = first;
    this.y = top;
  }
  /** Room for `mm` more below the current line, else a new page; true when a page was added. */
  room(mm: number): boolean {
    if (this.y + mm <= LAST_BASELINE) return false;
    this.page = this.doc.addPage([mmToPt(A4_MM.width), mmToPt(A4_MM.height)]);
    this.y = LETTER_MARGINS_MM.top;
    return true;
  }
}

function letterheadBlock(page: PDFPage, letter: LetterContent, fonts: Fonts): void {
  const head = letter.letterhead;
  drawText(page, head.name, LEFT, LETTERHEAD.nameBaselineMm, { font: fonts.bold, size: LETTERHEAD.nameSize });
  const lines = [...head.address, ...head.contact];
  const step = LETTERHEAD.blockSize * 0.45;
  lines.forEach((line, i) =>
    drawText(page, line, LETTERHEAD.blockLeftMm, LETTERHEAD.blockTopMm + i * step, {
      font: fonts.regular,
      size: LETTERHEAD.blockSize,
    }),
  );
}

function addressBlock(page: PDFPage, letter: LetterContent, fonts: Fonts): void {
  const given = letter.address.lines;
  // One size for the whole block: the largest at which every line fits the window; a line too long
  // even at the smallest size is wrapped, never cut.
  const widest = Math.max(...given.map((l) => widthMm(fonts.regular, l, ADDRESS_TEXT.fontSize)));
  const size = Math.max(
    ADDRESS_TEXT.minFontSize,
    Math.min(ADDRESS_TEXT.fontSize, (ADDRESS_TEXT.fontSize * ADDRESS_TEXT.maxWidthMm) / widest),
  );
  const lines = given.flatMap((l) => wrap(fonts.regular, l, size, ADDRESS_TEXT.maxWidthMm));
  lines.forEach((line, i) =>
    drawText(page, line, ADDRESS_TEXT.leftMm, ADDRESS_TEXT.firstBaselineMm + i * ADDRESS_TEXT.lineHeightMm, {
      font: fonts.regular,
      size,
    }),
  );
}

function foldMarks(page: PDFPage): void {
  for (const mm of FOLD_MARKS_MM) {
    const y = mmToPt(A4_MM.height - mm);
    page.drawLine({ start: { x: mmToPt(4), y }, end: { x: mmToPt(9), y }, thickness: 0.4, color: GREY });
  }
}

function paragraphs(flow: Flow, texts: readonly string[], fonts: Fonts): void {
  for (const text of texts) {
    const lines = wrap(fonts.regular, text, BODY.fontSize, RIGHT - LEFT);
    for (const line of lines) {
      flow.room(BODY.lineHeightMm);
      flow.y += BODY.lineHeightMm;
      drawText(flow.page, line, LEFT, flow.y, { font: fonts.regular, size: BODY.fontSize });
    }
    flow.y += BODY.paragraphGapMm;
  }
}

/** Column right or left edges, in mm. */
const COLUMNS = { number: LEFT, invoiceDate: 68, dueDate: 98, days: 150, open: RIGHT } as const;

function tableHeader(flow: Flow, letter: LetterContent, fonts: Fonts): void {
  const l = letter.labels;
  const o = { font: fonts.bold, size: 9 };
  flow.y += BODY.lineHeightMm;
  drawText(flow.page, l.invoice, COLUMNS.number, flow.y, o);
  drawText(flow.page, l.invoiceDate, COLUMNS.invoiceDate, flow.y, o);
  drawText(flow.page, l.dueDate, COLUMNS.dueDate, flow.y, o);
  drawText(flow.page, l.daysOverdue, COLUMNS.days, flow.y, { ...o, align: 'right' });
  drawText(flow.page, l.open, COLUMNS.open, flow.y, { ...o, align: 'right' });
  rule(flow, 1.5);
}

function rule(flow: Flow, belowMm: number): void {
  const y = mmToPt(A4_MM.height - flow.y - belowMm);
  flow.page.drawLine({
    start: { x: mmToPt(LEFT), y },
    end: { x: mmToPt(RIGHT), y },
    thickness: 0.5,
    color: GREY,
  });
}

function invoiceTable(flow: Flow, letter: LetterContent, fonts: Fonts): void {
  flow.room(BODY.lineHeightMm * 3);
  tableHeader(flow, letter, fonts);
  const o = { font: fonts.regular, size: 9.5 };
  for (const row of letter.invoices) {
    if (flow.room(BODY.lineHeightMm * 2)) tableHeader(flow, letter, fonts);
    flow.y += BODY.lineHeightMm;
    drawText(flow.page, row.number, COLUMNS.number, flow.y, o);
    drawText(flow.page, row.invoiceDate, COLUMNS.invoiceDate, flow.y, o);
    drawText(flow.page, row.dueDate, COLUMNS.dueDate, flow.y, o);
    drawText(flow.page, String(row.daysOverdue), COLUMNS.days, flow.y, { ...o, align: 'right' });
    drawText(flow.page, row.open, COLUMNS.open, flow.y, { ...o, align: 'right' });
  }
  rule(flow, 1.5);
  flow.y += BODY.lineHeightMm + 1;
  drawText(flow.page, letter.labels.total, COLUMNS.number, flow.y, { font: fonts.bold, size: 9.5 });
  drawText(flow.page, letter.total, COLUMNS.open, flow.y, { font: fonts.bold, size: 9.5, align: 'right' });
  flow.y += BODY.paragraphGapMm * 2;
}

/** The QR's modules as filled squares: sharp at any printer resolution. */
function drawQr(page: PDFPage, payload: string, leftMm: number, topMm: number): void {
  const qr = qrcode(0, 'M');
  qr.addData(
    utf8Bytes(payload)
      .map((b) => String.fromCharCode(b))
      .join(''),
    'Byte',
  );
  qr.make();
  const count = qr.getModuleCount();
  // Four modules of quiet zone on each side, as the QR standard asks.
  const module = QR_MM.size / (count + 8);
  for (let r = 0; r < count; r++)
    for (let c = 0; c < count; c++)
      if (qr.isDark(r, c))
        page.drawRectangle({
          x: mmToPt(leftMm + (c + 4) * module),
          y: mmToPt(A4_MM.height - topMm - (r + 5) * module),
          width: mmToPt(module),
          height: mmToPt(module),
          color: rgb(0, 0, 0),
        });
}

function signatureAndQr(flow: Flow, letter: LetterContent, fonts: Fonts): void {
  const hasQr = 'payload' in letter.qr;
  flow.room(hasQr ? QR_MM.size + 8 : 30);
  const top = flow.y;
  flow.y += 16;
  const lineY = mmToPt(A4_MM.height - flow.y);
  flow.page.drawLine({
    start: { x: mmToPt(LEFT), y: lineY },
    end: { x: mmToPt(LEFT + 60), y: lineY },
    thickness: 0.5,
  });
  for (const line of letter.signature) {
    flow.y += BODY.lineHeightMm;
    drawText(flow.page, line, LEFT, flow.y, { font: fonts.regular, size: BODY.fontSize });
  }
  if ('payload' in letter.qr) {
    drawQr(flow.page, letter.qr.payload, RIGHT - QR_MM.size, top);
    drawText(flow.page, letter.labels.qrCaption, RIGHT, top + QR_MM.size + 3, {
      font: fonts.regular,
      size: QR_MM.captionSize,
      align: 'right',
    });
    flow.y = Math.max(flow.y, top + QR_MM.size + 3);
  }
}

function footers(doc: PDFDocument, letter: LetterContent, fonts: Fonts): void {
  const pages = doc.getPages();
  const registration = letter.letterhead.registration.join('  ·  ');
  pages.forEach((page, i) => {
    const o = { font: fonts.regular, size: 7.5 };
    if (registration) drawText(page, registration, LEFT, A4_MM.height - 12, o);
    if (pages.length > 1) {
      const label = letter.labels.pageOf
        .replace('{{n}}', String(i + 1))
        .replace('{{m}}', String(pages.length));
      drawText(page, label, RIGHT, A4_MM.height - 12, { ...o, align: 'right' });
    }
  });
}

export async function letterPdf(letter: LetterContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(letter.subject);
  doc.setLanguage(letter.language === 'nl' ? 'nl-NL' : 'en-GB');
  doc.setCreator('Klant Inzicht');
  doc.setProducer('Klant Inzicht (pdf-lib)');
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const first = doc.addPage([mmToPt(A4_MM.width), mmToPt(A4_MM.height)]);
  letterheadBlock(first, letter, fonts);
  addressBlock(first, letter, fonts);
  foldMarks(first);
  drawText(first, letter.placeAndDate, LEFT, BELOW_WINDOW.placeDateMm, {
    font: fonts.regular,
    size: BODY.fontSize,
  });
  const subject = `${letter.labels.subject}: ${letter.subject}`;
  const flow = new Flow(doc, first, BELOW_WINDOW.subjectMm - BODY.lineHeightMm);
  for (const line of wrap(fonts.bold, subject, BODY.fontSize, RIGHT - LEFT)) {
    flow.y += BODY.lineHeightMm;
    drawText(first, line, LEFT, flow.y, { font: fonts.bold, size: BODY.fontSize });
  }
  flow.y += BODY.lineHeightMm;
  drawText(first, `${letter.labels.customerNumber}: ${letter.customerNumber}`, LEFT, flow.y, {
    font: fonts.regular,
    size: BODY.fontSize,
  });
  flow.y = Math.max(flow.y + BODY.paragraphGapMm * 2, BELOW_WINDOW.textTopMm - BODY.lineHeightMm);
  paragraphs(flow, letter.before, fonts);
  invoiceTable(flow, letter, fonts);
  paragraphs(flow, letter.after, fonts);
  signatureAndQr(flow, letter, fonts);
  footers(doc, letter, fonts);
  return doc.save();
}
