/**
 * The words of a statement, in Dutch and English: one place for the PDF, the e-mail draft and the
 * pane's preview, so the three say the same thing.
 */
import type { IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import type { Language } from '../model';
import type { EpcProblemCode } from '../payment/epcQr';
import { noQrReasons } from '../payment/noQrReason';
import type { StatementLine, StatementNote } from './types';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nl "30-11-2026", en "30 Nov 2026". */
export function statementDate(date: IsoDate, language: Language): string {
  const [y, m, d] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  return language === 'nl' ? `${d}-${m}-${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

/** "€ 1.234,56" / "€1,234.56", with a plain space and hyphen (any font has them). */
export function statementMoney(cents: Cents, language: Language): string {
  return formatEuro(cents, language)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-');
}

export interface StatementWords {
  title: string;
  customerNumber: string;
  date: string;
  period: (from: string, until: string) => string;
  attention: string;
  columns: { date: string; description: string; debit: string; credit: string; balance: string };
  opening: string;
  closing: string;
  noMovements: string;
  invoice: string;
  creditNote: string;
  payment: string;
  writeOff: string;
  due: string;
  cleared: string;
  unallocated: string;
  notes: Record<StatementNote['kind'], string>;
  closingOn: (date: string) => string;
  overdueTitle: string;
  overdueOf: string;
  overdueColumns: { invoice: string; invoiceDate: string; dueDate: string; days: string; open: string };
  nothingOverdue: string;
  credit: string;
  qrTitle: (amount: string) => string;
  qrHelp: string;
  noQr: string;
  qrWhy: Record<EpcProblemCode, string>;
  iban: string;
  beneficiary: string;
  reference: string;
  vat: string;
  enterprise: string;
}

const NL: StatementWords = {
  title: 'Rekeningoverzicht',
  customerNumber: 'Klantnummer',
  date: 'Datum',
  period: (from, until) => `Periode: ${from} t/m ${until}`,
  attention: 't.a.v.',
  columns: { date: 'Datum', description: 'Omschrijving', debit: 'Debet', credit: 'Credit', balance: 'Saldo' },
  opening: 'Beginsaldo',
  closing: 'Eindsaldo',
  noMovements: 'Geen boekingen in deze periode.',
  invoice: 'Factuur',
  creditNote: 'Creditnota',
  payment: 'Betaling',
  writeOff: 'Afgeboekt: factuur',
  due: 'vervalt',
  cleared: 'voldaan',
  unallocated: 'niet toegewezen',
  notes: {
    disputed: 'betwist sinds',
    'in-arrangement': 'betalingsregeling sinds',
    'written-off': 'afgeboekt op',
    credits: 'op factuur',
    'credits-other-customer': 'op factuur van een andere klant:',
    'after-write-off': 'telt niet mee, afgeboekt eerder:',
  },
  closingOn: (date) => `Saldo op ${date}`,
  overdueTitle: 'Vervallen facturen',
  overdueOf: 'Waarvan vervallen',
  overdueColumns: {
    invoice: 'Factuur',
    invoiceDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    days: 'Dagen te laat',
    open: 'Open',
  },
  nothingOverdue: 'Er staat niets vervallen open.',
  credit: 'tegoed',
  qrTitle: (amount) => `Betalen met uw bank-app: scan de code voor ${amount}`,
  qrHelp: 'U bevestigt de betaling zelf in uw bank-app.',
  noQr: 'Geen betaal-QR',
  qrWhy: noQrReasons('nl'),
  iban: 'IBAN',
  beneficiary: 'Ten name van',
  reference: 'Omschrijving',
  vat: 'Btw-nummer',
  enterprise: 'KvK/ondernemingsnummer',
};

const EN: StatementWords = {
  title: 'Statement of account',
  customerNumber: 'Customer number',
  date: 'Date',
  period: (from, until) => `Period: ${from} to ${until}`,
  attention: 'Attn.',
  columns: { date: 'Date', description: 'Description', debit: 'Debit', credit: 'Credit', balance: 'Balance' },
  opening: 'Opening balance',
  closing: 'Closing balance',
  noMovements: 'No entries in this period.',
  invoice: 'Invoice',
  creditNote: 'Credit note',
  payment: 'Payment',
  writeOff: 'Written off: invoice',
  due: 'due',
  cleared: 'cleared',
  unallocated: 'not allocated',
  notes: {
    disputed: 'disputed since',
    'in-arrangement': 'payment plan since',
    'written-off': 'written off on',
    credits: 'on invoice',
    'credits-other-customer': "on another customer's invoice:",
    'after-write-off': 'does not count, written off earlier:',
  },
  closingOn: (date) => `Balance on ${date}`,
  overdueTitle: 'Overdue invoices',
  overdueOf: 'Of which overdue',
  overdueColumns: {
    invoice: 'Invoice',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    days: 'Days late',
    open: 'Open',
  },
  nothingOverdue: 'Nothing overdue is open.',
  credit: 'credit',
  qrTitle: (amount) => `Pay with your banking app: scan the code for ${amount}`,
  qrHelp: 'You confirm the payment yourself in your banking app.',
  noQr: 'No payment QR',
  qrWhy: noQrReasons('en'),
  iban: 'IBAN',
  beneficiary: 'Beneficiary',
  reference: 'Reference',
  vat: 'VAT number',
  enterprise: 'Company number',
};

export function statementWords(language: Language): StatementWords {
  return language === 'nl' ? NL : EN;
}

function noteText(note: StatementNote, language: Language): string {
  const words = statementWords(language).notes[note.kind];
  switch (note.kind) {
    case 'disputed':
      return `${words} ${statementDate(note.since, language)}`;
    case 'in-arrangement':
      return `${words} ${statementDate(note.agreedOn, language)}`;
    case 'written-off':
      return `${words} ${statementDate(note.on, language)}`;
    default:
      return `${words} ${note.invoiceNumber}`;
  }
}

export function notesText(notes: readonly StatementNote[], language: Language): string {
  return notes.map((n) => noteText(n, language)).join('; ');
}

/** One line's description: what it is, and for a payment what it cleared. */
export function lineDescription(line: StatementLine, language: Language): string {
  const w = statementWords(language);
  const money = (c: Cents) => statementMoney(c, language);
  const parts: string[] = [];
  if (line.kind === 'invoice') {
    parts.push(`${w.invoice} ${line.number}${line.description ? ` ${line.description}` : ''}`);
    parts.push(`${w.due} ${statementDate(line.dueDate, language)}`);
  } else if (line.kind === 'credit-note') {
    parts.push(`${w.creditNote} ${line.number}${line.description ? ` ${line.description}` : ''}`);
  } else if (line.kind === 'write-off') {
    parts.push(`${w.writeOff} ${line.invoiceNumber}`);
  } else if (line.kind === 'payment') {
    parts.push(`${w.payment}${line.reference ? ` ${line.reference}` : ''}`);
    if (line.effect === 0) parts.push(money(line.amount));
    if (line.cleared.length)
      parts.push(
        `${w.cleared}: ${line.cleared.map((c) => `${c.invoiceNumber} ${money(c.amount)}`).join(', ')}`,
      );
    if (line.unallocated !== 0 && line.effect !== 0)
      parts.push(`${w.unallocated} ${money(line.unallocated)}`);
  }
  if (line.notes.length) parts.push(notesText(line.notes, language));
  return parts.join(', ');
}
