/**
 * Texts of "Bankafschrift verwerken", in both languages. Kept out of nl.ts/en.ts on purpose: the
 * catalogue sits in the pane's first chunk, and these are only needed once the view is opened
 * (the view's title and the link from Vandaag are in the main catalogue).
 */
import type { Reason } from '../../domain/bank/match';
import type { Language } from '../../domain/model';
import type { EntryFlag, SkipReason } from '../../workbook/operations/importStatement';

type Money = (cents: number) => string;
type P = Reason['params'];

export interface BankImportMessages {
  intro: string;
  chooseFile: string;
  reading: string;
  readFailed: string;
  fileErrors: (n: number) => string;
  rowAt: (row: number) => string;
  needsMapping: string;
  needsMappingAction: string;
  statement: (account: string, from: string, to: string, n: number) => string;
  nothingFound: string;
  minConfidence: string;
  acceptAbove: (min: number, n: number) => string;
  acceptChosen: (n: number) => string;
  booking: string;
  dontBook: string;
  confidence: (n: number) => string;
  unallocated: (amount: string) => string;
  noProposal: string;
  importedBefore: string;
  resultTitle: (n: number, amount: string) => string;
  resultNudge: (date: string) => string;
  skippedTitle: (n: number) => string;
  flags: Record<EntryFlag, string>;
  skip: Record<SkipReason, string>;
  reasons: Record<Reason['code'], (p: P, money: Money) => string>;
}

const num = (v: string | number | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));

const nl: BankImportMessages = {
  intro:
    'Lees het afschrift van uw bank in (CAMT.053 of een CSV-export). U ziet per bij- en afschrijving welke factuur erbij hoort en hoe zeker dat is; er wordt pas iets vastgelegd als u bevestigt.',
  chooseFile: 'Kies een bankafschrift (.xml of .csv)',
  reading: 'Afschrift lezen en vergelijken…',
  readFailed: 'Het afschrift kon niet gelezen worden',
  fileErrors: (n) =>
    `${n} ${n === 1 ? 'regel' : 'regels'} van het afschrift ${n === 1 ? 'kon' : 'konden'} niet gelezen worden`,
  rowAt: (row) => `regel ${row}`,
  needsMapping: 'Deze CSV komt van een bank die Klant Inzicht niet kent.',
  needsMappingAction:
    'Vul op het blad Instellingen de regels bankcsv.date, bankcsv.amount (of bankcsv.debit en bankcsv.credit) en bankcsv.accountIban in, of lees het bestand één keer in met de opdrachtregel en --mapping; daarna onthoudt de werkmap de kolommen.',
  statement: (account, from, to, n) =>
    `Rekening ${account}, ${from} t/m ${to}: ${n} ${n === 1 ? 'boeking' : 'boekingen'}`,
  nothingFound: 'Er staan geen boekingen in dit afschrift.',
  minConfidence: 'Automatisch verwerken vanaf zekerheid',
  acceptAbove: (min, n) => `Alles vanaf ${min}% verwerken (${n})`,
  acceptChosen: (n) => `Gekozen betalingen verwerken (${n})`,
  booking: 'Betalingen vastleggen…',
  dontBook: 'Niet verwerken',
  confidence: (n) => `${n}% zeker`,
  unallocated: (amount) => `${amount} zonder factuur (tegoed)`,
  noProposal: 'Geen factuur gevonden',
  importedBefore: 'Al eerder ingelezen',
  resultTitle: (n, amount) => `${n} ${n === 1 ? 'betaling' : 'betalingen'} vastgelegd (${amount}).`,
  resultNudge: (date) => `Laatste bankimport: ${date}.`,
  skippedTitle: (n) => `${n} ${n === 1 ? 'boeking' : 'boekingen'} niet verwerkt`,
  flags: {
    partial: 'Deelbetaling',
    'over-payment': 'Te veel betaald',
    'already-paid': 'Factuur al betaald',
    'several-invoices': 'Meerdere facturen',
    reversal: 'Terugboeking',
    'debit-ignored': 'Afschrijving: genegeerd',
    ignored: 'Genegeerd',
    unmatched: 'Geen factuur gevonden',
    'already-imported': 'Al ingelezen',
    'invalid-reference': 'Ongeldig betalingskenmerk',
  },
  skip: {
    'already-imported': 'al eerder ingelezen',
    ignored: 'geen ontvangst',
    unmatched: 'geen factuur gevonden',
    'below-confidence': 'zekerheid te laag',
    'needs-review': 'kies zelf: vraagt om een blik',
    'not-chosen': 'niet gekozen',
    'unknown-entry': 'boeking niet meer in het afschrift',
    'unknown-proposal': 'voorstel bestaat niet meer',
    'duplicate-choice': 'dubbel gekozen',
    'would-overpay': 'factuur zou te veel betaald worden',
    'nothing-to-book': 'niets vast te leggen',
    'invalid-payment': 'ongeldige betaling',
  },
  reasons: {
    'structured-reference': (p) => `Betalingskenmerk ${p.references}`,
    'invoice-number': (p) => `Factuurnummer in de omschrijving (${p.invoices})`,
    'iban-amount': (p) => `Rekening van klant ${p.customer}, zelfde bedrag`,
    'iban-sum-of-open': (p) => `Rekening van klant ${p.customer}, samen ${p.count} openstaande facturen`,
    'iban-known': (p) => `Rekening van klant ${p.customer}, oudste facturen eerst`,
    'iban-nothing-open': (p) => `Rekening van klant ${p.customer}, maar er staat niets open`,
    'name-amount': (p) => `Zelfde bedrag, naam lijkt op de klant (${p.name})`,
    'name-only': (p, m) =>
      `Alleen de naam komt overeen met klant ${p.customer} (${p.name}, ${p.score}%), ${num(p.count) === 1 ? '1 openstaande factuur' : `${p.count} openstaande facturen`} samen ${m(num(p.open))}: controleer zelf`,
    'reversal-of-payment': (p) =>
      `Draait de betaling van ${p.date} terug${p.invoice ? ` (factuur ${p.invoice})` : ''}`,
    'partial-payment': (p, m) => `Deelbetaling: ${m(num(p.paid))} van ${m(num(p.open))}`,
    'over-payment': (p, m) => `${m(num(p.amount))} te veel`,
    'already-paid': (p) => `Factuur ${p.invoice} is al betaald`,
    'invalid-reference': (p) => `Betalingskenmerk ${p.reference} klopt niet`,
    'ignored-debit': () => 'Afschrijving',
    'ignored-reversal-of-debit': () => 'Terugboeking van een afschrijving',
    'ignored-not-booked': () => 'Nog niet geboekt',
    'ignored-currency': (p) => `Andere valuta (${p.currency})`,
    'ignored-zero': () => 'Bedrag nul',
    'reversal-unmatched': () => 'Terugboeking van een onbekende betaling',
    'no-match': () => 'Geen factuur gevonden',
  },
};

const en: BankImportMessages = {
  intro:
    "Read your bank's statement (CAMT.053 or a CSV export). For every entry you see which invoice it pays and how sure that is; nothing is recorded until you confirm.",
  chooseFile: 'Choose a bank statement (.xml or .csv)',
  reading: 'Reading and matching the statement…',
  readFailed: 'The statement could not be read',
  fileErrors: (n) => `${n} ${n === 1 ? 'line' : 'lines'} of the statement could not be read`,
  rowAt: (row) => `line ${row}`,
  needsMapping: 'This CSV comes from a bank Klant Inzicht does not know.',
  needsMappingAction:
    'On the Settings sheet fill in the rows bankcsv.date, bankcsv.amount (or bankcsv.debit and bankcsv.credit) and bankcsv.accountIban, or import the file once with the command line and --mapping; the workbook then remembers the columns.',
  statement: (account, from, to, n) =>
    `Account ${account}, ${from} to ${to}: ${n} ${n === 1 ? 'entry' : 'entries'}`,
  nothingFound: 'This statement holds no entries.',
  minConfidence: 'Process automatically from confidence',
  acceptAbove: (min, n) => `Process all from ${min}% (${n})`,
  acceptChosen: (n) => `Process chosen payments (${n})`,
  booking: 'Recording payments…',
  dontBook: 'Do not process',
  confidence: (n) => `${n}% sure`,
  unallocated: (amount) => `${amount} on no invoice (credit)`,
  noProposal: 'No invoice found',
  importedBefore: 'Imported before',
  resultTitle: (n, amount) => `${n} ${n === 1 ? 'payment' : 'payments'} recorded (${amount}).`,
  resultNudge: (date) => `Last bank import: ${date}.`,
  skippedTitle: (n) => `${n} ${n === 1 ? 'entry' : 'entries'} not processed`,
  flags: {
    partial: 'Partial payment',
    'over-payment': 'Paid too much',
    'already-paid': 'Invoice already paid',
    'several-invoices': 'Several invoices',
    reversal: 'Reversal',
    'debit-ignored': 'Money out: ignored',
    ignored: 'Ignored',
    unmatched: 'No invoice found',
    'already-imported': 'Imported before',
    'invalid-reference': 'Invalid payment reference',
  },
  skip: {
    'already-imported': 'imported before',
    ignored: 'not money received',
    unmatched: 'no invoice found',
    'below-confidence': 'not sure enough',
    'needs-review': 'choose yourself: needs a look',
    'not-chosen': 'not chosen',
    'unknown-entry': 'entry no longer in the statement',
    'unknown-proposal': 'proposal no longer exists',
    'duplicate-choice': 'chosen twice',
    'would-overpay': 'the invoice would be paid too much',
    'nothing-to-book': 'nothing to record',
    'invalid-payment': 'invalid payment',
  },
  reasons: {
    'structured-reference': (p) => `Payment reference ${p.references}`,
    'invoice-number': (p) => `Invoice number in the description (${p.invoices})`,
    'iban-amount': (p) => `Account of customer ${p.customer}, same amount`,
    'iban-sum-of-open': (p) => `Account of customer ${p.customer}, ${p.count} open invoices together`,
    'iban-known': (p) => `Account of customer ${p.customer}, oldest invoices first`,
    'iban-nothing-open': (p) => `Account of customer ${p.customer}, but nothing is open`,
    'name-amount': (p) => `Same amount, name like the customer's (${p.name})`,
    'name-only': (p, m) =>
      `Only the name matches customer ${p.customer} (${p.name}, ${p.score}%), ${num(p.count) === 1 ? '1 open invoice' : `${p.count} open invoices`} totalling ${m(num(p.open))}: check it yourself`,
    'reversal-of-payment': (p) =>
      `Reverses the payment of ${p.date}${p.invoice ? ` (invoice ${p.invoice})` : ''}`,
    'partial-payment': (p, m) => `Partial payment: ${m(num(p.paid))} of ${m(num(p.open))}`,
    'over-payment': (p, m) => `${m(num(p.amount))} too much`,
    'already-paid': (p) => `Invoice ${p.invoice} is already paid`,
    'invalid-reference': (p) => `Payment reference ${p.reference} is not valid`,
    'ignored-debit': () => 'Money out',
    'ignored-reversal-of-debit': () => 'Reversal of money out',
    'ignored-not-booked': () => 'Not booked yet',
    'ignored-currency': (p) => `Other currency (${p.currency})`,
    'ignored-zero': () => 'Zero amount',
    'reversal-unmatched': () => 'Reversal of an unknown payment',
    'no-match': () => 'No invoice found',
  },
};

export const BANK_IMPORT_TEXT: Record<Language, BankImportMessages> = { nl, en };
