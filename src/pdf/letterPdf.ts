/**
 * A reminder letter as an A4 PDF for a window envelope, on the shared PDF primitives (document.ts,
 * table.ts, qr.ts): the letterhead, the address in the window (letterWindow.ts), place and date,
 * subject, the reminder's paragraphs around a table of the invoices, a signature space, the payment
 * QR when there is one, and page numbers. It lays out what src/domain/letters decided; it adds no
 * words of its own.
 */
import type { PDFPage } from 'pdf-lib';
import type { IsoDate } from '../domain/dates';
import type { LetterContent } from '../domain/letters';
import { COLORS, MARGIN, PdfWriter } from './document';
import { drawQr } from './qr';
import { drawTable, type TableColumn } from './table';
import {
  ADDRESS_TEXT,
  BELOW_WINDOW,
  BODY,
  FOLD_MARKS_MM,
  LETTERHEAD,
  QR_MM,
  fromTop,
  mmToPt,
} from './letterWindow';

function letterheadBlock(w: PdfWriter, letter: LetterContent): void {
  const head = letter.letterhead;
  w.y = fromTop(LETTERHEAD.nameBaselineMm);
  w.drawLine(head.name, { size: LETTERHEAD.nameSize, bold: true });
  const step = LETTERHEAD.blockSize * 1.3;
  w.y = fromTop(LETTERHEAD.blockTopMm);
  for (const line of [...head.address, ...head.contact]) {
    w.drawLine(line, { size: LETTERHEAD.blockSize, x: mmToPt(LETTERHEAD.blockLeftMm), color: COLORS.muted });
    w.y -= step;
  }
}

/**
 * One size for the whole block: the largest at which every line fits the window, not below the
 * minimum; a line too long even then is wrapped, never cut.
 */
function addressBlock(w: PdfWriter, letter: LetterContent): void {
  const given = letter.address.lines;
  const widest = Math.max(...given.map((l) => w.width(l, ADDRESS_TEXT.fontSize)));
  const maxWidth = mmToPt(ADDRESS_TEXT.maxWidthMm);
  const size = Math.max(
    ADDRESS_TEXT.minFontSize,
    Math.min(ADDRESS_TEXT.fontSize, (ADDRESS_TEXT.fontSize * maxWidth) / widest),
  );
  const x = mmToPt(ADDRESS_TEXT.leftMm);
  const lines = given.flatMap((l) => w.lines(l, { size, x, width: maxWidth }));
  lines.forEach((line, i) => {
    w.y = fromTop(ADDRESS_TEXT.firstBaselineMm + i * ADDRESS_TEXT.lineHeightMm);
    w.drawLine(line, { size, x, width: maxWidth });
  });
}

function foldMarks(page: PDFPage): void {
  for (const mm of FOLD_MARKS_MM) {
    const y = fromTop(mm);
    page.drawLine({
      start: { x: mmToPt(4), y },
      end: { x: mmToPt(9), y },
      thickness: 0.4,
      color: COLORS.muted,
    });
  }
}

/** Paragraphs with their own line breaks kept (the writer turns a break inside a text into a space). */
function paragraphs(w: PdfWriter, texts: readonly string[]): void {
  for (const text of texts) {
    for (const line of text.split('\n')) w.text(line, { size: BODY.fontSize, leading: BODY.leading });
    w.gap(BODY.paragraphGapPt);
  }
}

function invoiceTable(w: PdfWriter, letter: LetterContent): void {
  const l = letter.labels;
  const columns: TableColumn[] = [
    { header: l.invoice, share: 3 },
    { header: l.invoiceDate, share: 2.2 },
    { header: l.dueDate, share: 2.2 },
    { header: l.daysOverdue, share: 2, align: 'right' },
    { header: l.open, share: 2.6, align: 'right' },
  ];
  const rows = letter.invoices.map((r) => ({
    cells: [r.number, r.invoiceDate, r.dueDate, String(r.daysOverdue), r.open],
  }));
  drawTable(w, columns, [...rows, { cells: [l.total, '', '', '', letter.total], bold: true, shaded: true }], {
    size: 9.5,
  });
  w.gap(BODY.paragraphGapPt * 2);
}

function signatureAndQr(w: PdfWriter, letter: LetterContent): void {
  const qrSize = mmToPt(QR_MM.size);
  const step = BODY.fontSize * BODY.leading;
  const signatureHeight = mmToPt(16) + step * letter.signature.length;
  w.ensureSpace('payload' in letter.qr ? Math.max(signatureHeight, qrSize + mmToPt(6)) : signatureHeight);
  const top = w.y;
  w.y -= mmToPt(16);
  w.page.drawLine({
    start: { x: w.left, y: w.y },
    end: { x: w.left + mmToPt(60), y: w.y },
    thickness: 0.5,
    color: COLORS.text,
  });
  for (const line of letter.signature) {
    w.y -= step;
    w.drawLine(line, { size: BODY.fontSize });
  }
  if ('payload' in letter.qr) {
    drawQr(w.page, letter.qr.payload, w.right - qrSize, top - qrSize, qrSize);
    const below = w.y;
    w.y = top - qrSize - mmToPt(3);
    w.drawLine(letter.labels.qrCaption, { size: QR_MM.captionSize, align: 'right', color: COLORS.muted });
    w.y = Math.min(below, w.y);
  }
}

/** The registration line (KvK, VAT, IBAN) at the foot of every page, left of the page number. */
function footers(w: PdfWriter, letter: LetterContent): void {
  const registration = letter.letterhead.registration.join('  ·  ');
  if (!registration) return;
  const text = w.safe(registration);
  for (const page of w.doc.getPages())
    page.drawText(text, { x: w.left, y: MARGIN - 2, size: 7.5, font: w.regular, color: COLORS.muted });
}

export async function letterPdf(letter: LetterContent, madeOn: IsoDate): Promise<Uint8Array> {
  const w = await PdfWriter.create({
    title: letter.subject,
    language: letter.language === 'nl' ? 'nl-NL' : 'en-GB',
    author: letter.letterhead.name,
    madeOn,
  });
  letterheadBlock(w, letter);
  addressBlock(w, letter);
  foldMarks(w.page);
  w.y = fromTop(BELOW_WINDOW.placeDateMm);
  w.drawLine(letter.placeAndDate, { size: BODY.fontSize });
  w.y = fromTop(BELOW_WINDOW.subjectMm) + BODY.fontSize * BODY.leading;
  w.text(`${letter.labels.subject}: ${letter.subject}`, {
    size: BODY.fontSize,
    bold: true,
    leading: BODY.leading,
  });
  w.text(`${letter.labels.customerNumber}: ${letter.customerNumber}`, {
    size: BODY.fontSize,
    leading: BODY.leading,
  });
  w.y = Math.min(w.y - BODY.paragraphGapPt * 2, fromTop(BELOW_WINDOW.textTopMm));
  paragraphs(w, letter.before);
  invoiceTable(w, letter);
  paragraphs(w, letter.after);
  signatureAndQr(w, letter);
  footers(w, letter);
  const { pageOf } = letter.labels;
  return w.save((n, m) => pageOf.replace('{{n}}', String(n)).replace('{{m}}', String(m)));
}
