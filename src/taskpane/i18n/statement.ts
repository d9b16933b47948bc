/**
 * Texts of the Klantkaart's statement action (rekeningoverzicht), in both languages; loaded with
 * the customer view, out of the pane's first chunk. The statement's own words (PDF, e-mail) come
 * from the core (domain/statement/texts).
 */
import type { Language } from '../../domain/model';

export interface StatementMessages {
  title: string;
  from: string;
  until: string;
  badDate: string;
  reversed: string;
  afterToday: string;
  opening: string;
  movements: string;
  closing: string;
  overdue: string;
  download: string;
  making: string;
  made: (file: string) => string;
  failed: string;
  emailTitle: string;
  emailLabel: string;
  copy: string;
  copied: string;
  noQr: string;
}

const nl: StatementMessages = {
  title: 'Rekeningoverzicht',
  from: 'Van',
  until: 'Tot en met',
  badDate: 'Geen geldige datum (dd-mm-jjjj)',
  reversed: 'De periode begint na het einde.',
  afterToday: 'De periode loopt tot na vandaag; wat later komt is nog niet geboekt.',
  opening: 'Beginsaldo',
  movements: 'Boekingen',
  closing: 'Eindsaldo',
  overdue: 'Waarvan vervallen',
  download: 'Pdf downloaden',
  making: 'Pdf maken…',
  made: (file) => `${file} is gedownload.`,
  failed: 'De pdf kon niet worden gemaakt. Probeer het opnieuw.',
  emailTitle: 'E-mail bij het overzicht',
  emailLabel: 'Tekst van de e-mail (voeg de pdf als bijlage toe)',
  copy: 'Tekst kopiëren',
  copied: 'De tekst staat op het klembord.',
  noQr: 'Geen betaal-QR op dit overzicht',
};

const en: StatementMessages = {
  title: 'Statement of account',
  from: 'From',
  until: 'Until',
  badDate: 'Not a valid date (dd-mm-yyyy)',
  reversed: 'The period starts after it ends.',
  afterToday: 'The period runs past today; what comes later is not booked yet.',
  opening: 'Opening balance',
  movements: 'Entries',
  closing: 'Closing balance',
  overdue: 'Of which overdue',
  download: 'Download PDF',
  making: 'Making the PDF…',
  made: (file) => `${file} was downloaded.`,
  failed: 'The PDF could not be made. Please try again.',
  emailTitle: 'E-mail with the statement',
  emailLabel: 'Text of the e-mail (attach the PDF)',
  copy: 'Copy text',
  copied: 'The text is on the clipboard.',
  noQr: 'No payment QR on this statement',
};

export const STATEMENT_TEXT: Record<Language, StatementMessages> = { nl, en };
