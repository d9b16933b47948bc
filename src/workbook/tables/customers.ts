/** Klanten: one row per customer, with the terms and kind the law's rules need. */
import { KIND_CHOICES, LANGUAGE_CHOICES } from '../choices';
import type { TableSpec } from '../schema';
import { col } from './column';

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
    // Read when the person keeps one in Klanten; never created (a new workbook has no limits).
    col('creditLimit', 'Kredietlimiet', 'Credit limit', 'cents', {
      adoptOnly: true,
      synonyms: ['Kredietlimiet (EUR)', 'Kredietlimiet (€)', 'Credit limit (EUR)', 'Credit limit (€)'],
    }),
    // The postal address for letters: read when the person keeps such columns; set-up never
    // creates them, the UBL import adds the ones a new buyer's address needs.
    col('street', 'Adres', 'Address', 'text', {
      adoptOnly: true,
      synonyms: [
        'Straat',
        'Straat en huisnummer',
        'Straat + huisnummer',
        'Straat + nr',
        'Adresregel',
        'Postadres',
        'Street',
        'Street address',
        'Address line',
      ],
    }),
    col('postcode', 'Postcode', 'Postcode', 'text', {
      adoptOnly: true,
      synonyms: ['Postcode klant', 'Post code', 'Postal code', 'Zip', 'Zip code'],
    }),
    col('city', 'Plaats', 'City', 'text', {
      adoptOnly: true,
      synonyms: ['Woonplaats', 'Vestigingsplaats', 'Plaatsnaam', 'Gemeente', 'Stad', 'Town'],
    }),
    col('country', 'Land', 'Country', 'text', {
      adoptOnly: true,
      synonyms: ['Landnaam', 'Country name'],
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
