/** Betalingen, Contact, Regelingen and Instellingen: the records kept beside the invoices. */
import { CHANNEL_CHOICES } from '../choices';
import type { TableSpec } from '../schema';
import { col, customerNumberColumn, invoiceNumberColumn } from './column';

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
    invoiceNumberColumn({ synonyms: ['Voor factuur', 'Invoice #'] }),
    customerNumberColumn(),
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
    customerNumberColumn({ required: true }),
    invoiceNumberColumn(),
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
    invoiceNumberColumn({ required: true }),
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
