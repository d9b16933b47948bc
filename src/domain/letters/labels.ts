/** The fixed words of a letter on paper, per language; the letter's own text comes from the reminder. */
import type { Language } from '../model';

export interface LetterLabels {
  subject: string;
  customerNumber: string;
  invoice: string;
  invoiceDate: string;
  dueDate: string;
  daysOverdue: string;
  open: string;
  total: string;
  qrCaption: string;
  attention: string;
  chamberOfCommerce: string;
  enterpriseNumber: string;
  vatNumber: string;
  iban: string;
  phone: string;
  /** Page numbers when a letter runs over a page: {{n}} and {{m}}. */
  pageOf: string;
}

export const LETTER_LABELS: Record<Language, LetterLabels> = {
  nl: {
    subject: 'Betreft',
    customerNumber: 'Klantnummer',
    invoice: 'Factuur',
    invoiceDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    daysOverdue: 'Dagen te laat',
    open: 'Openstaand',
    total: 'Totaal',
    qrCaption: 'Betalen met uw bank-app? Scan deze code.',
    attention: 'T.a.v.',
    chamberOfCommerce: 'KvK',
    enterpriseNumber: 'Ondernemingsnr.',
    vatNumber: 'Btw-nr.',
    iban: 'IBAN',
    phone: 'Tel.',
    pageOf: 'pagina {{n}} van {{m}}',
  },
  en: {
    subject: 'Subject',
    customerNumber: 'Customer no.',
    invoice: 'Invoice',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    daysOverdue: 'Days overdue',
    open: 'Outstanding',
    total: 'Total',
    qrCaption: 'Paying with your banking app? Scan this code.',
    attention: 'Attn.',
    chamberOfCommerce: 'Chamber of Commerce',
    enterpriseNumber: 'Enterprise no.',
    vatNumber: 'VAT no.',
    iban: 'IBAN',
    phone: 'Tel.',
    pageOf: 'page {{n}} of {{m}}',
  },
};
