/**
 * Texts of "Facturen inlezen (UBL)", in both languages: loaded with the view, never in the pane's
 * first download (the view's title is in the main catalogue).
 */
import type { Language } from '../../domain/model';
import type { MatchedBy } from '../../workbook/operations/importInvoicesCustomers';

export interface ImportInvoicesMessages {
  intro: string;
  chooseFiles: string;
  reading: string;
  readFailed: string;
  toAdd: (n: number) => string;
  newCustomer: string;
  matched: Record<MatchedBy, string>;
  creditNote: string;
  alreadyThere: (n: number) => string;
  alreadyRow: (row: number) => string;
  sameAs: (file: string) => string;
  refused: (files: number) => string;
  blocked: string;
  importAll: (n: number) => string;
  importValid: (n: number) => string;
  importing: string;
  nothingNew: string;
  done: (invoices: number, customers: number) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const IMPORT_INVOICES_TEXT: Record<Language, ImportInvoicesMessages> = {
  nl: {
    intro:
      'Lees de e-facturen en creditnota\'s die u verstuurd hebt (Peppol BIS 3.0, UBL-XML) in Facturen in. Nieuwe klanten komen in Klanten. U ziet eerst wat er gebeurt; er verandert niets tot u op "Inlezen" klikt.',
    chooseFiles: 'Kies XML-bestanden',
    reading: 'Bestanden lezen…',
    readFailed: 'De bestanden konden niet gelezen worden',
    toAdd: (n) => `${plural(n, 'factuur', 'facturen')} toe te voegen`,
    newCustomer: 'nieuwe klant',
    matched: {
      'company-id': 'gevonden op bedrijfsnummer',
      email: 'gevonden op e-mail',
      name: 'gevonden op naam',
    },
    creditNote: 'creditnota',
    alreadyThere: (n) => `${plural(n, 'factuur staat', 'facturen staan')} al in Facturen (overgeslagen)`,
    alreadyRow: (row) => `rij ${row}`,
    sameAs: (file) => `zelfde als ${file}`,
    refused: (n) => `${plural(n, 'bestand', 'bestanden')} geweigerd`,
    blocked:
      'Met een geweigerd bestand wordt niets ingelezen. Verbeter het, of lees alleen de geldige facturen in.',
    importAll: (n) => `${plural(n, 'factuur', 'facturen')} inlezen`,
    importValid: (n) => `Alleen de geldige inlezen (${n})`,
    importing: 'Bezig met inlezen…',
    nothingNew: 'Niets nieuws: alles staat al in de werkmap.',
    done: (i, c) =>
      `${plural(i, 'factuur', 'facturen')} ingelezen, ${plural(c, 'nieuwe klant', 'nieuwe klanten')}.`,
  },
  en: {
    intro:
      'Read the e-invoices and credit notes you sent (Peppol BIS 3.0, UBL XML) into Invoices. New customers go into Customers. You see what will happen first; nothing changes until you choose "Import".',
    chooseFiles: 'Choose XML files',
    reading: 'Reading files…',
    readFailed: 'The files could not be read',
    toAdd: (n) => `${plural(n, 'invoice', 'invoices')} to add`,
    newCustomer: 'new customer',
    matched: { 'company-id': 'found by company number', email: 'found by e-mail', name: 'found by name' },
    creditNote: 'credit note',
    alreadyThere: (n) => `${plural(n, 'invoice is', 'invoices are')} already in Invoices (skipped)`,
    alreadyRow: (row) => `row ${row}`,
    sameAs: (file) => `same as ${file}`,
    refused: (n) => `${plural(n, 'file', 'files')} refused`,
    blocked: 'With a refused file nothing is imported. Fix it, or import only the valid invoices.',
    importAll: (n) => `Import ${plural(n, 'invoice', 'invoices')}`,
    importValid: (n) => `Import only the valid ones (${n})`,
    importing: 'Importing…',
    nothingNew: 'Nothing new: everything is in the workbook already.',
    done: (i, c) =>
      `${plural(i, 'invoice', 'invoices')} imported, ${plural(c, 'new customer', 'new customers')}.`,
  },
};
