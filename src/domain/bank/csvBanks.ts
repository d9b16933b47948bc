/**
 * Each bank's CSV layout as a reader from a row to an entry draft (the generic one from the
 * caller's column mapping). Layouts and where they were read: test/fixtures/bank/csv/SOURCES.md.
 */
import { DomainError } from '../errors';
import type { DecimalFormat } from './amount';
import { parseAbnDescription } from './abnDescription';
import type { BankCsvFormat, GenericCsvMapping } from './csv';
import { amount, date, entry, optionalDate, rowError, safe, type ColumnRef, type Reader } from './csvFields';

export interface Spec {
  delimiter?: string;
  hasHeader: boolean;
  minColumns?: number;
  read: Reader;
}

export function specFor(format: BankCsvFormat, mapping?: GenericCsvMapping): Spec {
  switch (format) {
    case 'ing':
      // Datum;Naam / Omschrijving;Rekening;Tegenrekening;Code;Af Bij;Bedrag (EUR);Mutatiesoort;Mededelingen[;Saldo na mutatie;Tag]
      return {
        hasHeader: true,
        read: (row, col) => {
          const afBij = col('Af Bij').toLowerCase();
          if (afBij !== 'af' && afBij !== 'bij')
            throw rowError(row, 'Af Bij', col('Af Bij'), 'expected "Af" or "Bij"');
          const cents = amount(row, 'Bedrag (EUR)', col('Bedrag (EUR)'), { decimal: ',', grouping: true });
          return entry(row, 'Rekening', col('Rekening'), {
            bookingDate: date(row, 'Datum', col('Datum'), 'yyyymmdd'),
            amountCents: afBij === 'af' ? -Math.abs(cents) : Math.abs(cents),
            name: col('Naam / Omschrijving'),
            iban: col('Tegenrekening'),
            remittance: col('Mededelingen'),
          });
        },
      };
    case 'rabobank':
      return {
        hasHeader: true,
        read: (row, col) => {
          const returned = col('Reden retour');
          return entry(row, 'IBAN/BBAN', col('IBAN/BBAN'), {
            bookingDate: date(row, 'Datum', col('Datum'), 'yyyy-mm-dd'),
            valueDate: optionalDate(row, 'Rentedatum', col('Rentedatum'), 'yyyy-mm-dd'),
            amountCents: amount(row, 'Bedrag', col('Bedrag'), { decimal: ',' }),
            currency: col('Munt') || 'EUR',
            name: col('Naam tegenpartij'),
            iban: col('Tegenrekening IBAN/BBAN'),
            remittance: [col('Omschrijving-1'), col('Omschrijving-2'), col('Omschrijving-3')]
              .filter(Boolean)
              .join(' '),
            reference: col('Betalingskenmerk'),
            endToEndId: col('Transactiereferentie'),
            bankReference: col('Volgnr'),
            reversal: returned !== '',
          });
        },
      };
    case 'abnamro':
      // Rekeningnummer, Muntsoort, Transactiedatum, Beginsaldo, Eindsaldo, Rentedatum, Transactiebedrag, Omschrijving
      return {
        delimiter: '\t',
        hasHeader: false,
        minColumns: 8,
        read: (row, col) => {
          const description = col(7);
          const parsed = parseAbnDescription(description);
          return entry(row, 'Rekeningnummer', col(0), {
            bookingDate: date(row, 'Transactiedatum', col(2), 'yyyymmdd'),
            valueDate: optionalDate(row, 'Rentedatum', col(5), 'yyyymmdd'),
            amountCents: amount(row, 'Transactiebedrag', col(6), { decimal: ',', grouping: true }),
            currency: col(1) || 'EUR',
            name: parsed.name ?? '',
            iban: parsed.iban ?? '',
            remittance: parsed.remittance ?? description,
            endToEndId: parsed.endToEndId ?? '',
          });
        },
      };
    case 'bunq':
      // "Date";"Interest Date";"Amount";["Account";]"Counterparty";"Name";"Description"
      return {
        hasHeader: true,
        read: (row, col) =>
          entry(row, 'Account', safe(() => col('Account')) || 'bunq', {
            bookingDate: date(row, 'Date', col('Date'), 'yyyy-mm-dd'),
            valueDate: optionalDate(row, 'Interest Date', col('Interest Date'), 'yyyy-mm-dd'),
            amountCents: amount(row, 'Amount', col('Amount'), {
              decimal: col('Amount').includes(',') ? ',' : '.',
              grouping: true,
            }),
            name: col('Name'),
            iban: col('Counterparty'),
            remittance: col('Description'),
          }),
      };
    case 'knab':
      return {
        hasHeader: true,
        read: (row, col) => {
          const cd = col('CreditDebet').toUpperCase();
          if (cd !== 'C' && cd !== 'D')
            throw rowError(row, 'CreditDebet', col('CreditDebet'), 'expected "C" or "D"');
          const cents = Math.abs(amount(row, 'Bedrag', col('Bedrag'), { decimal: ',', grouping: true }));
          return entry(row, 'Rekeningnummer', col('Rekeningnummer'), {
            bookingDate: date(row, 'Transactiedatum', col('Transactiedatum'), 'dd-mm-yyyy'),
            valueDate: optionalDate(row, 'Valutadatum', col('Valutadatum'), 'dd-mm-yyyy'),
            amountCents: cd === 'D' ? -cents : cents,
            currency: col('Valutacode') || 'EUR',
            name: col('Tegenrekeninghouder'),
            iban: col('Tegenrekeningnummer'),
            remittance: col('Omschrijving'),
            bankReference: safe(() => col('Referentie')),
          });
        },
      };
    case 'triodos':
      // No header: Datum, Rekeningnummer, Bedrag, Debet/Credit, Naam tegenrekening, Tegenrekening, Code, Omschrijving[, Saldo]
      return {
        hasHeader: false,
        minColumns: 8,
        read: (row, col) => {
          const dc = col(3).toLowerCase();
          if (dc !== 'debet' && dc !== 'credit')
            throw rowError(row, 'Debet/Credit', col(3), 'expected "Debet" or "Credit"');
          const cents = Math.abs(amount(row, 'Bedrag', col(2), { decimal: ',', grouping: true }));
          return entry(row, 'Rekeningnummer', col(1), {
            bookingDate: date(row, 'Datum', col(0), 'dd-mm-yyyy'),
            amountCents: dc === 'debet' ? -cents : cents,
            name: col(4),
            iban: col(5),
            remittance: col(7),
          });
        },
      };
    case 'generic':
      return genericSpec(mapping as GenericCsvMapping);
  }
}

function genericSpec(m: GenericCsvMapping): Spec {
  const has = (ref: ColumnRef | undefined): ref is ColumnRef => ref !== undefined && ref !== '';
  if (!has(m.amount) && !(has(m.debit) && has(m.credit))) {
    throw new DomainError(
      'invalid-input',
      'the mapping needs an amount column, or both a debit and a credit column',
      { path: 'mapping.amount' },
    );
  }
  if (!has(m.account) && !m.accountIban) {
    throw new DomainError('invalid-input', 'the mapping needs the own account: a column or a fixed IBAN', {
      path: 'mapping.accountIban',
    });
  }
  const fmt: DecimalFormat = { decimal: m.decimal, grouping: true };
  const label = (ref: ColumnRef) => String(ref);
  return {
    ...(m.delimiter ? { delimiter: m.delimiter } : {}),
    hasHeader: m.hasHeader,
    read: (row, col) => {
      let cents: number;
      if (has(m.amount)) {
        cents = amount(row, label(m.amount), col(m.amount), fmt);
        if (m.sign) {
          const v = col(m.sign.column).toLowerCase();
          const isDebit = m.sign.debitValues.some((d) => d.toLowerCase() === v);
          cents = isDebit ? -Math.abs(cents) : Math.abs(cents);
        }
      } else {
        const d = col(m.debit as ColumnRef);
        const c = col(m.credit as ColumnRef);
        if ((d === '') === (c === '')) {
          throw rowError(
            row,
            `${label(m.debit as ColumnRef)}/${label(m.credit as ColumnRef)}`,
            `${d}|${c}`,
            'exactly one of debit and credit must hold an amount',
          );
        }
        cents =
          d !== ''
            ? -Math.abs(amount(row, label(m.debit as ColumnRef), d, fmt))
            : Math.abs(amount(row, label(m.credit as ColumnRef), c, fmt));
      }
      const account = has(m.account) ? col(m.account) : (m.accountIban as string);
      return entry(row, has(m.account) ? label(m.account) : 'account', account, {
        bookingDate: date(row, label(m.date), col(m.date), m.dateFormat),
        amountCents: cents,
        currency: m.currency ?? 'EUR',
        name: has(m.name) ? col(m.name) : '',
        iban: has(m.iban) ? col(m.iban) : '',
        remittance: has(m.description) ? col(m.description) : '',
        reference: has(m.reference) ? col(m.reference) : '',
      });
    },
  };
}
