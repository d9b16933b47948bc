/**
 * A customer's statement as a print-ready A4 PDF: the trader's letterhead, the customer's block,
 * the period, every movement with its running balance, the closing balance with what is overdue,
 * and the payment QR (or why there is none), in the statement's language.
 */
import { negateCents, type Cents } from '../domain/money';
import type { Settings } from '../domain/model';
import {
  lineDescription,
  notesText,
  statementDate,
  statementMoney,
  statementQr,
  statementWords,
  type Statement,
} from '../domain/statement';
import { COLORS, PdfWriter, pageLabel } from './document';
import { drawQr } from './qr';
import { drawTable, type TableRow } from './table';

type Letterhead = Pick<
  Settings,
  | 'companyName'
  | 'companyIban'
  | 'companyEmail'
  | 'companyPhone'
  | 'senderName'
  | 'companyBic'
  | 'enterpriseNumber'
  | 'companyStreet'
  | 'companyPostcode'
  | 'companyCity'
  | 'vatNumber'
  | 'companyWebsite'
>;

const present = (...parts: (string | undefined)[]) => parts.filter((p): p is string => !!p?.trim()).join(' ');

function letterhead(w: PdfWriter, s: Statement, settings: Letterhead): void {
  const words = statementWords(s.language);
  const top = w.y;
  const half = w.contentWidth / 2;
  w.text(settings.companyName || settings.senderName || '', { size: 13, bold: true, width: half });
  const lines = [
    settings.companyStreet,
    present(settings.companyPostcode, settings.companyCity),
    settings.companyIban && `${words.iban} ${settings.companyIban}`,
    present(settings.companyEmail, settings.companyPhone && `· ${settings.companyPhone}`),
    settings.companyWebsite,
    settings.vatNumber && `${words.vat} ${settings.vatNumber}`,
    settings.enterpriseNumber && `${words.enterprise} ${settings.enterpriseNumber}`,
  ];
  for (const line of lines) if (line) w.text(line, { size: 9, width: half, color: COLORS.muted });
  const leftEnd = w.y;
  w.y = top;
  const right = { x: w.left + half, width: half, align: 'right' as const };
  w.text(words.title, { ...right, size: 16, bold: true });
  w.text(`${words.date}: ${statementDate(s.madeOn, s.language)}`, { ...right, size: 9 });
  w.text(`${words.customerNumber}: ${s.customer.number}`, { ...right, size: 9 });
  w.y = Math.min(leftEnd, w.y);
}

function customerBlock(w: PdfWriter, s: Statement): void {
  const c = s.customer;
  w.gap(18);
  w.text(c.name, { size: 11, bold: true });
  if (c.contactName) w.text(`${statementWords(s.language).attention} ${c.contactName}`, { size: 10 });
  for (const line of [c.street, present(c.postcode, c.city), c.country]) if (line) w.text(line, { size: 10 });
  w.gap(12);
  const words = statementWords(s.language);
  w.text(words.period(statementDate(s.period.from, s.language), statementDate(s.period.until, s.language)), {
    size: 10,
    bold: true,
  });
  w.gap(6);
}

function movementRows(s: Statement): TableRow[] {
  const words = statementWords(s.language);
  const money = (c: Cents) => statementMoney(c, s.language);
  const rows: TableRow[] = [
    {
      cells: [statementDate(s.period.from, s.language), words.opening, '', '', money(s.opening)],
      shaded: true,
    },
  ];
  for (const line of s.lines) {
    rows.push({
      cells: [
        statementDate(line.date, s.language),
        lineDescription(line, s.language),
        line.effect > 0 ? money(line.effect) : '',
        line.effect < 0 ? money(negateCents(line.effect)) : '',
        money(line.balance),
      ],
    });
  }
  if (!s.lines.length) rows.push({ cells: ['', words.noMovements, '', '', ''] });
  rows.push({
    cells: [statementDate(s.period.until, s.language), words.closing, '', '', money(s.closing.balance)],
    shaded: true,
    bold: true,
  });
  return rows;
}

function closingBlock(w: PdfWriter, s: Statement): void {
  const words = statementWords(s.language);
  const money = (c: Cents) => statementMoney(c, s.language);
  const { closing } = s;
  w.gap(14);
  w.text(`${words.closingOn(statementDate(s.period.until, s.language))}: ${money(closing.balance)}`, {
    size: 11,
    bold: true,
  });
  w.text(`${words.overdueOf}: ${money(closing.overdue.total)}`, { size: 11, bold: true });
  w.gap(8);
  if (!closing.overdue.invoices.length) {
    w.text(words.nothingOverdue, { size: 10 });
    return;
  }
  w.text(words.overdueTitle, { size: 10, bold: true });
  w.gap(2);
  const c = words.overdueColumns;
  drawTable(
    w,
    [
      { header: c.invoice, share: 4 },
      { header: c.invoiceDate, share: 1.8 },
      { header: c.dueDate, share: 1.8 },
      { header: c.days, share: 1.4, align: 'right' },
      { header: c.open, share: 1.8, align: 'right' },
    ],
    closing.overdue.invoices.map((i) => ({
      cells: [
        i.notes.length ? `${i.number} (${notesText(i.notes, s.language)})` : i.number,
        statementDate(i.invoiceDate, s.language),
        statementDate(i.dueDate, s.language),
        String(i.daysOverdue),
        money(i.open),
      ],
    })),
  );
}

function qrBlock(w: PdfWriter, s: Statement, settings: Letterhead): void {
  const words = statementWords(s.language);
  const qr = statementQr(s, settings);
  w.gap(16);
  if (!qr.result.ok) {
    w.text(`${words.noQr}: ${words.qrWhy[qr.result.problem.code]}.`, { size: 10, color: COLORS.muted });
    return;
  }
  const size = 110;
  w.ensureSpace(size + 10);
  const top = w.y;
  drawQr(w.page, qr.result.payload, w.left, top - size, size);
  const f = qr.result.fields;
  const x = w.left + size + 14;
  w.text(words.qrTitle(statementMoney(qr.amount, s.language)), { x, size: 10, bold: true });
  w.text(`${words.beneficiary}: ${f.name}`, { x, size: 9 });
  w.text(`${words.iban}: ${f.iban}`, { x, size: 9 });
  w.text(`${words.reference}: ${f.structuredReference || f.remittanceText}`, { x, size: 9 });
  w.text(words.qrHelp, { x, size: 9, color: COLORS.muted });
  w.y = Math.min(w.y, top - size);
}

export async function statementPdf(s: Statement, settings: Letterhead): Promise<Uint8Array> {
  const words = statementWords(s.language);
  const w = await PdfWriter.create({
    title: `${words.title} ${s.customer.name}`,
    language: s.language === 'nl' ? 'nl-NL' : 'en-GB',
    author: settings.companyName || settings.senderName || '',
    madeOn: s.madeOn,
  });
  letterhead(w, s, settings);
  customerBlock(w, s);
  const c = words.columns;
  drawTable(
    w,
    [
      { header: c.date, share: 1.7 },
      { header: c.description, share: 5.4 },
      { header: c.debit, share: 1.7, align: 'right' },
      { header: c.credit, share: 1.7, align: 'right' },
      { header: c.balance, share: 1.9, align: 'right' },
    ],
    movementRows(s),
  );
  closingBlock(w, s);
  qrBlock(w, s, settings);
  return w.save(pageLabel(s.language));
}
