/** Facturen: the invoice list, the person's columns and the product's live ones. */
import type { TableSpec } from '../schema';
import { col, customerNumberColumn } from './column';

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
    customerNumberColumn({ required: true, synonyms: ['Debiteurnummer', 'Relatienummer', 'Customer ID'] }),
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
        // As traders shorten it; normalised, "Bedrag excl." and "Bedrag excl" are one header.
        'Bedrag excl',
        'Bedrag ex',
        'Excl',
        'Exclusief',
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
        'Bedrag incl',
        'Incl',
        'Inclusief',
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
      validation: { table: 'invoices', field: 'number' },
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
