/**
 * The Klant Inzicht workbook: which sheets and tables it has, and per column its header (Dutch by
 * default, English as the alternative, plus the spellings people really use), the record field it
 * feeds, its type, who owns it (the person typing, or the product), its number format, validation
 * and whether it is required. Everything else in src/workbook reads this one description.
 */
import type { Language } from '../domain/model';

export type TableId = 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements' | 'settings';
export type ColumnType = 'text' | 'date' | 'cents' | 'int' | 'bool' | 'enum';

export interface Choice {
  value: string;
  nl: string;
  en: string;
  synonyms?: string[];
}

export interface ColumnSpec {
  field: string;
  nl: string;
  en: string;
  /** Other headers people use for this column (either language); matched ignoring case/spacing. */
  synonyms: string[];
  type: ColumnType;
  /**
   * 'user': typed by a person, never written by the product (except in rows it appends).
   * 'formula': product-owned live formula (a calculated column) — the workbook works without us.
   * 'value': product-owned value the add-in computes and writes on refresh.
   */
  owner: 'user' | 'formula' | 'value';
  required: boolean;
  choices?: Choice[];
  /** List validation: a fixed list (from choices) or the numbers in another table. */
  validation?: 'choices' | { table: TableId; field: string };
  /** Excel format code; derived from the type when absent. */
  format?: string;
  /**
   * Read when a person's table has it, never created: the ways traders mark an invoice paid in the
   * invoice list itself (paidColumns.ts). New workbooks keep payments in Betalingen.
   */
  adoptOnly?: boolean;
  /**
   * A value that is not one of the choices (or a blank cell, when the column exists) does not stop
   * the row: it is read as unknown, reported, and the safe side is taken (loadLedger).
   */
  unknownIsWarning?: boolean;
}

export interface TableSpec {
  id: TableId;
  nl: string;
  en: string;
  columns: ColumnSpec[];
}

export const DATE_FORMAT = 'dd-mm-yyyy';
export const EURO_FORMAT = '€ #,##0.00;[Red]-€ #,##0.00';
export const INT_FORMAT = '0';
export const TABLE_STYLE = 'TableStyleMedium2';
export const OVERDUE_FILL = '#FDE2E1';
export const OVERDUE_FONT = '#9C0006';

export const OVERVIEW_SHEET: Record<Language, string> = { nl: 'Overzicht', en: 'Overview' };

export function formatOf(c: ColumnSpec): string | undefined {
  if (c.format) return c.format;
  if (c.type === 'date') return DATE_FORMAT;
  if (c.type === 'cents') return EURO_FORMAT;
  if (c.type === 'int') return INT_FORMAT;
  return undefined;
}

const col = (
  field: string,
  nl: string,
  en: string,
  type: ColumnType,
  extra: Partial<Omit<ColumnSpec, 'field' | 'nl' | 'en' | 'type'>> = {},
): ColumnSpec => ({ field, nl, en, type, synonyms: [], owner: 'user', required: false, ...extra });

export const YES_WORDS = ['ja', 'j', 'yes', 'y', 'waar', 'true', 'x', '1', 'wel'];
export const NO_WORDS = ['nee', 'n', 'no', 'onwaar', 'false', '0', 'niet'];

const customerRef = { table: 'customers' as const, field: 'number' };
const invoiceRef = { table: 'invoices' as const, field: 'number' };

export const KIND_CHOICES: Choice[] = [
  {
    value: 'business',
    nl: 'Zakelijk',
    en: 'Business',
    synonyms: [
      'z',
      'b',
      'zak',
      'zakelijke klant',
      'bedrijf',
      'onderneming',
      'ondernemer',
      'organisatie',
      'b2b',
      'b2g',
      'bv',
      'b.v.',
      'nv',
      'n.v.',
      'vof',
      'v.o.f.',
      'cv',
      'c.v.',
      'eenmanszaak',
      'zzp',
      "zzp'er",
      'zelfstandige',
      'maatschap',
      'stichting',
      'vereniging',
      'coöperatie',
      'overheid',
      'gemeente',
      'bvba',
      'srl',
      'comm.v',
      'commv',
      'vzw',
      'company',
      'corporate',
      'ltd',
      'gmbh',
    ],
  },
  {
    value: 'consumer',
    nl: 'Particulier',
    en: 'Consumer',
    synonyms: [
      'p',
      'part',
      'part.',
      'particuliere klant',
      'consument',
      'b2c',
      'privé',
      'prive',
      'privépersoon',
      'privepersoon',
      'privé persoon',
      'natuurlijk persoon',
      'persoon',
      'private',
      'private person',
      'individual',
    ],
  },
];

export const LANGUAGE_CHOICES: Choice[] = [
  {
    value: 'nl',
    nl: 'Nederlands',
    en: 'Dutch',
    synonyms: ['nl', 'ned', 'vlaams', 'dutch', 'nederlandstalig'],
  },
  { value: 'en', nl: 'Engels', en: 'English', synonyms: ['en', 'eng', 'english', 'engelstalig'] },
];

export const CHANNEL_CHOICES: Choice[] = [
  { value: 'email', nl: 'E-mail', en: 'Email', synonyms: ['mail', 'e-mail', 'email'] },
  {
    value: 'phone',
    nl: 'Telefoon',
    en: 'Phone',
    synonyms: ['tel', 'telefonisch', 'gebeld', 'call', 'phone call'],
  },
  { value: 'letter', nl: 'Brief', en: 'Letter', synonyms: ['post', 'aangetekend', 'mail (post)'] },
  { value: 'meeting', nl: 'Gesprek', en: 'Meeting', synonyms: ['afspraak', 'bezoek', 'visit'] },
  { value: 'other', nl: 'Anders', en: 'Other', synonyms: ['overig', 'whatsapp', 'sms'] },
];

/** Labels the Status formula writes, per core status kind (paid-on-time and paid-late share one). */
export const STATUS_LABELS = {
  open: { nl: 'Open', en: 'Open' },
  dueToday: { nl: 'Vervalt vandaag', en: 'Due today' },
  overdue: { nl: 'Vervallen', en: 'Overdue' },
  partlyPaid: { nl: 'Deels betaald', en: 'Partly paid' },
  paid: { nl: 'Betaald', en: 'Paid' },
  disputed: { nl: 'Betwist', en: 'Disputed' },
  arrangement: { nl: 'Regeling', en: 'Arrangement' },
  credited: { nl: 'Gecrediteerd', en: 'Credited' },
  writtenOff: { nl: 'Afgeschreven', en: 'Written off' },
  creditNote: { nl: 'Creditnota', en: 'Credit note' },
} as const;
export type WorkbookStatus = keyof typeof STATUS_LABELS;

export const CUSTOMERS: TableSpec = {
  id: 'customers',
  nl: 'Klanten',
  en: 'Customers',
  columns: [
    col('number', 'Klantnummer', 'Customer no.', 'text', {
      required: true,
      synonyms: [
        'Klantnr',
        'Klantnr.',
        'Klant nr',
        'Klantcode',
        'Debiteurnummer',
        'Debiteurnr',
        'Debiteur',
        'Relatienummer',
        'Customer number',
        'Customer ID',
        'Customer #',
        'Account no.',
      ],
    }),
    col('name', 'Naam', 'Name', 'text', {
      required: true,
      synonyms: [
        'Klantnaam',
        'Bedrijfsnaam',
        'Bedrijf',
        'Relatie',
        'Customer name',
        'Company',
        'Company name',
      ],
    }),
    col('contactName', 'Contactpersoon', 'Contact person', 'text', {
      synonyms: ['Contact', 'T.a.v.', 'Tav', 'Aanhef naam', 'Attn', 'Attention'],
    }),
    col('email', 'E-mail', 'Email', 'text', {
      synonyms: ['Email', 'E-mailadres', 'Emailadres', 'Mail', 'E-mail address'],
    }),
    col('phone', 'Telefoon', 'Phone', 'text', {
      synonyms: ['Tel', 'Tel.', 'Telefoonnummer', 'Mobiel', 'Phone number', 'Telephone'],
    }),
    col('kind', 'Soort klant', 'Customer type', 'enum', {
      choices: KIND_CHOICES,
      validation: 'choices',
      unknownIsWarning: true,
      synonyms: [
        'Soort',
        'Type',
        'Klanttype',
        'Klantsoort',
        'Type klant',
        'Soort relatie',
        'Zakelijk/particulier',
        'Particulier/zakelijk',
        'Particulier of zakelijk',
        'Zakelijk of particulier',
        'P/Z',
        'Z/P',
        'B2B/B2C',
        'B2C/B2B',
        'B2B of B2C',
        'Rechtsvorm',
        'Kind',
        'Customer kind',
        'Business/consumer',
        'Consumer/business',
      ],
    }),
    col('paymentTermDays', 'Betaaltermijn (dagen)', 'Payment term (days)', 'int', {
      synonyms: [
        'Betaaltermijn',
        'Termijn',
        'Termijn (dagen)',
        'Betalingstermijn',
        'Payment term',
        'Term',
        'Term (days)',
      ],
    }),
    col('segment', 'Segment', 'Segment', 'text', {
      synonyms: ['Branche', 'Sector', 'Categorie', 'Industry'],
    }),
    col('largeCompany', 'Grote onderneming', 'Large company', 'bool', {
      synonyms: ['Groot bedrijf', 'Grootbedrijf', 'Large', 'Enterprise'],
    }),
    col('ibans', 'IBAN', 'IBAN', 'text', {
      synonyms: ['Rekeningnummer', 'Bankrekening', "IBAN's", 'Account number', 'Bank account'],
    }),
    col('language', 'Taal', 'Language', 'enum', {
      choices: LANGUAGE_CHOICES,
      validation: 'choices',
      synonyms: ['Voertaal', 'Lang'],
    }),
    col('notes', 'Notities', 'Notes', 'text', {
      synonyms: ['Opmerkingen', 'Opmerking', 'Notitie', 'Note', 'Remarks', 'Comments'],
    }),
    col('open', 'Openstaand', 'Outstanding', 'cents', {
      owner: 'formula',
      synonyms: ['Open', 'Open bedrag', 'Saldo', 'Open amount'],
    }),
    // "Volgorde"/"Order" are common words too: ownership.ts takes such a column only when it
    // holds nothing but the product's own sort numbers.
    col('sortKey', 'Volgorde', 'Order', 'int', { owner: 'value' }),
  ],
};

export const INVOICES: TableSpec = {
  id: 'invoices',
  nl: 'Facturen',
  en: 'Invoices',
  columns: [
    col('number', 'Factuurnummer', 'Invoice no.', 'text', {
      required: true,
      synonyms: [
        'Factuurnr',
        'Factuurnr.',
        'Factuur nr',
        'Factuur nr.',
        'Factuur',
        'Nummer',
        'Nr',
        'Nr.',
        'Invoice number',
        'Invoice #',
        'Invoice',
        'Inv. no.',
      ],
    }),
    col('customerNumber', 'Klantnummer', 'Customer no.', 'text', {
      required: true,
      validation: customerRef,
      synonyms: [
        'Klantnr',
        'Klantnr.',
        'Klant',
        'Debiteurnummer',
        'Debiteur',
        'Relatienummer',
        'Customer number',
        'Customer',
        'Customer ID',
      ],
    }),
    col('invoiceDate', 'Factuurdatum', 'Invoice date', 'date', {
      required: true,
      synonyms: ['Datum', 'Datum factuur', 'Date', 'Issue date', 'Issued'],
    }),
    col('deliveryDate', 'Leverdatum', 'Delivery date', 'date', {
      synonyms: ['Leveringsdatum', 'Datum levering', 'Delivered'],
    }),
    col('description', 'Omschrijving', 'Description', 'text', {
      synonyms: ['Beschrijving', 'Project', 'Werkzaamheden', 'Details'],
    }),
    col('product', 'Product', 'Product', 'text', {
      synonyms: ['Dienst', 'Product/dienst', 'Categorie', 'Omzetgroep', 'Service', 'Category'],
    }),
    col('amountExclVat', 'Bedrag excl. BTW', 'Amount excl. VAT', 'cents', {
      synonyms: [
        'Excl. BTW',
        'Excl BTW',
        'Bedrag ex BTW',
        'Bedrag exclusief BTW',
        'Exclusief BTW',
        'Netto',
        'Nettobedrag',
        'Subtotaal',
        'Excl. VAT',
        'Net amount',
        'Net',
        'Subtotal',
      ],
    }),
    col('amountInclVat', 'Bedrag incl. BTW', 'Amount incl. VAT', 'cents', {
      required: true,
      synonyms: [
        'Incl. BTW',
        'Incl BTW',
        'Bedrag inclusief BTW',
        'Inclusief BTW',
        'Totaal',
        'Totaalbedrag',
        'Bedrag',
        'Factuurbedrag',
        'Te betalen',
        'Incl. VAT',
        'Amount',
        'Total',
        'Gross amount',
        'Amount due',
      ],
    }),
    col('vatAmount', 'BTW-bedrag', 'VAT amount', 'cents', {
      adoptOnly: true,
      // Read to put revenue excl. VAT right when the list keeps the amount incl. VAT and the VAT.
      // Not a bare "BTW": that column often holds the rate (21 or 21%), not the amount.
      synonyms: ['Btw bedrag', 'Bedrag BTW', 'BTW in euro', 'Omzetbelasting bedrag', 'Tax amount'],
    }),
    col('paymentTermDays', 'Betaaltermijn (dagen)', 'Payment term (days)', 'int', {
      synonyms: [
        'Betaaltermijn',
        'Termijn',
        'Termijn (dagen)',
        'Betalingstermijn',
        'Payment term',
        'Term',
        'Term (days)',
      ],
    }),
    col('dueDate', 'Afgesproken vervaldatum', 'Agreed due date', 'date', {
      synonyms: [
        'Eigen vervaldatum',
        'Vervaldatum (afgesproken)',
        'Uiterste betaaldatum',
        'Betalen voor',
        'Due date (agreed)',
        'Pay by',
        // The product's own header: reached only when that column holds the person's dates
        // (ownership.ts), and then those dates are what was agreed.
        'Vervaldatum',
        'Due date',
      ],
    }),
    col('paymentReference', 'Betalingskenmerk', 'Payment reference', 'text', {
      synonyms: [
        'Kenmerk',
        'Betaalkenmerk',
        'Gestructureerde mededeling',
        'Mededeling',
        'Structured reference',
        'Reference',
      ],
    }),
    col('creditsInvoice', 'Crediteert factuur', 'Credits invoice', 'text', {
      validation: invoiceRef,
      synonyms: [
        'Creditnota voor',
        'Creditfactuur voor',
        'Credit voor',
        'Credit note for',
        'Original invoice',
      ],
    }),
    col('disputedSince', 'Betwist sinds', 'Disputed since', 'date', {
      synonyms: ['Geschil sinds', 'Betwist', 'Disputed', 'Dispute date'],
    }),
    col('disputeNote', 'Toelichting geschil', 'Dispute note', 'text', {
      synonyms: ['Reden geschil', 'Geschil', 'Dispute', 'Dispute reason'],
    }),
    col('disputeResolvedOn', 'Geschil opgelost op', 'Dispute resolved on', 'date', {
      synonyms: ['Opgelost op', 'Geschil opgelost', 'Resolved on'],
    }),
    col('writtenOffOn', 'Afgeschreven op', 'Written off on', 'date', {
      synonyms: ['Afgeschreven', 'Oninbaar sinds', 'Written off', 'Bad debt since'],
    }),
    col('paidOn', 'Betaald op', 'Paid on', 'date', {
      adoptOnly: true,
      synonyms: [
        'Betaaldatum',
        'Datum betaald',
        'Datum betaling',
        'Betaald per',
        'Voldaan op',
        'Ontvangen op',
        'Datum ontvangst',
        'Date paid',
        'Payment date',
        'Paid date',
        'Received on',
      ],
    }),
    col('paidAmount', 'Betaald bedrag', 'Amount paid', 'cents', {
      adoptOnly: true,
      synonyms: ['Bedrag betaald', 'Ontvangen bedrag', 'Bedrag ontvangen', 'Paid amount', 'Amount received'],
    }),
    col('paidFlag', 'Betaald?', 'Paid?', 'bool', {
      adoptOnly: true,
      synonyms: ['Betaald', 'Voldaan', 'Voldaan?', 'Betaald j/n', 'Betaald ja/nee', 'Paid', 'Paid y/n'],
    }),
    col('paymentStatus', 'Betaalstatus', 'Payment status', 'text', {
      adoptOnly: true,
      // "Status" only when the product's own Status column does not hold it (binding.ts).
      synonyms: ['Status betaling', 'Betalingsstatus', 'Status', 'Stand', 'State'],
    }),
    col('dueDateComputed', 'Vervaldatum', 'Due date', 'date', {
      owner: 'formula',
      synonyms: ['Verloopdatum', 'Due', 'Due on'],
    }),
    col('open', 'Openstaand', 'Outstanding', 'cents', {
      owner: 'formula',
      synonyms: ['Open', 'Open bedrag', 'Saldo', 'Nog te betalen', 'Open amount', 'Balance'],
    }),
    col('daysOverdue', 'Dagen over tijd', 'Days overdue', 'int', {
      owner: 'formula',
      synonyms: ['Dagen te laat', 'Achterstand (dagen)', 'Days late'],
    }),
    col('status', 'Status', 'Status', 'text', { owner: 'formula', synonyms: ['Stand', 'State'] }),
    // No synonyms: "Actie" or "Next action" is a person's own notes column far more often.
    col('nextStep', 'Volgende stap', 'Next step', 'text', { owner: 'value' }),
    // "Volgorde"/"Order" are common words too: ownership.ts takes such a column only when it
    // holds nothing but the product's own sort numbers.
    col('sortKey', 'Volgorde', 'Order', 'int', { owner: 'value' }),
  ],
};

export const PAYMENTS: TableSpec = {
  id: 'payments',
  nl: 'Betalingen',
  en: 'Payments',
  columns: [
    col('date', 'Datum', 'Date', 'date', {
      required: true,
      synonyms: [
        'Betaaldatum',
        'Datum betaling',
        'Ontvangen op',
        'Boekdatum',
        'Payment date',
        'Paid on',
        'Received on',
      ],
    }),
    col('invoiceNumber', 'Factuurnummer', 'Invoice no.', 'text', {
      validation: invoiceRef,
      synonyms: [
        'Factuurnr',
        'Factuurnr.',
        'Factuur',
        'Voor factuur',
        'Invoice number',
        'Invoice',
        'Invoice #',
      ],
    }),
    col('customerNumber', 'Klantnummer', 'Customer no.', 'text', {
      validation: customerRef,
      synonyms: ['Klantnr', 'Klantnr.', 'Klant', 'Debiteur', 'Customer number', 'Customer'],
    }),
    col('amount', 'Bedrag', 'Amount', 'cents', {
      required: true,
      synonyms: ['Ontvangen', 'Bedrag ontvangen', 'Betaald', 'Betaald bedrag', 'Amount received', 'Paid'],
    }),
    col('method', 'Betaalwijze', 'Method', 'text', {
      synonyms: ['Betaalmethode', 'Methode', 'Payment method'],
    }),
    col('reference', 'Referentie', 'Reference', 'text', {
      synonyms: ['Omschrijving', 'Mededeling', 'Omschrijving bank', 'Description', 'Statement text'],
    }),
    col('importId', 'Import-ID', 'Import ID', 'text', {
      synonyms: ['ImportId', 'Bank-ID', 'Transactie-ID', 'Transaction ID'],
    }),
    col('note', 'Notitie', 'Note', 'text', { synonyms: ['Opmerking', 'Notities', 'Notes', 'Remark'] }),
  ],
};

export const CONTACTS: TableSpec = {
  id: 'contacts',
  nl: 'Contact',
  en: 'Contacts',
  columns: [
    col('date', 'Datum', 'Date', 'date', {
      required: true,
      synonyms: ['Contactdatum', 'Gecontacteerd op', 'Contact date'],
    }),
    col('customerNumber', 'Klantnummer', 'Customer no.', 'text', {
      required: true,
      validation: customerRef,
      synonyms: ['Klantnr', 'Klantnr.', 'Klant', 'Debiteur', 'Customer number', 'Customer'],
    }),
    col('invoiceNumber', 'Factuurnummer', 'Invoice no.', 'text', {
      validation: invoiceRef,
      synonyms: ['Factuurnr', 'Factuurnr.', 'Factuur', 'Invoice number', 'Invoice'],
    }),
    col('channel', 'Kanaal', 'Channel', 'enum', {
      choices: CHANNEL_CHOICES,
      validation: 'choices',
      synonyms: ['Via', 'Medium', 'Contactvorm', 'Type'],
    }),
    col('ladderStep', 'Stap', 'Step', 'text', {
      synonyms: ['Aanmaanstap', 'Herinneringsstap', 'Ladder', 'Dunning step', 'Ladder step'],
    }),
    col('summary', 'Samenvatting', 'Summary', 'text', {
      synonyms: ['Omschrijving', 'Notitie', 'Verslag', 'Wat is besproken', 'Note', 'Notes'],
    }),
    col('followUpDate', 'Opvolgen op', 'Follow up on', 'date', {
      synonyms: ['Opvolgdatum', 'Terugbellen op', 'Follow-up', 'Follow-up date'],
    }),
  ],
};

export const ARRANGEMENTS: TableSpec = {
  id: 'arrangements',
  nl: 'Regelingen',
  en: 'Arrangements',
  columns: [
    col('invoiceNumber', 'Factuurnummer', 'Invoice no.', 'text', {
      required: true,
      validation: invoiceRef,
      synonyms: ['Factuurnr', 'Factuurnr.', 'Factuur', 'Invoice number', 'Invoice'],
    }),
    col('agreedOn', 'Afgesproken op', 'Agreed on', 'date', {
      required: true,
      synonyms: ['Datum afspraak', 'Overeengekomen op', 'Agreed', 'Agreement date'],
    }),
    col('dueDate', 'Termijndatum', 'Instalment due', 'date', {
      required: true,
      synonyms: ['Vervaldatum termijn', 'Te betalen op', 'Termijn vervalt', 'Instalment date', 'Due date'],
    }),
    col('amount', 'Termijnbedrag', 'Instalment amount', 'cents', {
      required: true,
      synonyms: ['Bedrag', 'Bedrag termijn', 'Amount', 'Instalment'],
    }),
    col('cancelledOn', 'Vervallen op', 'Cancelled on', 'date', {
      synonyms: ['Geannuleerd op', 'Ingetrokken op', 'Cancelled'],
    }),
    col('note', 'Notitie', 'Note', 'text', { synonyms: ['Opmerking', 'Afspraak', 'Notes'] }),
  ],
};

export const SETTINGS_TABLE: TableSpec = {
  id: 'settings',
  nl: 'Instellingen',
  en: 'Settings',
  columns: [
    col('key', 'Instelling', 'Setting', 'text', {
      required: true,
      synonyms: ['Sleutel', 'Naam', 'Key', 'Name'],
    }),
    col('value', 'Waarde', 'Value', 'text', { synonyms: ['Inhoud', 'Value'] }),
    col('help', 'Toelichting', 'Explanation', 'text', {
      synonyms: ['Uitleg', 'Omschrijving', 'Help', 'Description'],
    }),
  ],
};

export const TABLES: readonly TableSpec[] = [
  CUSTOMERS,
  INVOICES,
  PAYMENTS,
  CONTACTS,
  ARRANGEMENTS,
  SETTINGS_TABLE,
];

export function tableSpec(id: TableId): TableSpec {
  const t = TABLES.find((s) => s.id === id);
  if (!t) throw new Error(`unknown table ${id}`);
  return t;
}

export function columnSpec(table: TableId, field: string): ColumnSpec {
  const c = tableSpec(table).columns.find((s) => s.field === field);
  if (!c) throw new Error(`table ${table} has no field ${field}`);
  return c;
}

export function header(c: ColumnSpec, language: Language): string {
  return language === 'en' ? c.en : c.nl;
}

export function tableName(t: TableSpec, language: Language): string {
  return language === 'en' ? t.en : t.nl;
}

/** Headers compare without case, accents, spacing or punctuation: "Factuur nr." = "factuurnr". */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9#€%]/g, '');
}

export function choiceLabel(choices: readonly Choice[], value: string, language: Language): string {
  const c = choices.find((x) => x.value === value);
  return c ? (language === 'en' ? c.en : c.nl) : value;
}

/** All spellings that select a choice, normalised. */
export function choiceSpellings(c: Choice): string[] {
  return [c.value, c.nl, c.en, ...(c.synonyms ?? [])].map(normalizeHeader);
}
