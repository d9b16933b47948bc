import {
  detectBankCsv,
  parseAbnDescription,
  parseBankCsv,
  type GenericCsvMapping,
} from '../../../src/domain/bank/csv';
import { DomainError } from '../../../src/domain/errors';
import { readFixture } from './fixtures';

const read = (name: string) => readFixture('local', `csv/${name}`);
const entriesOf = (text: string, opts = {}) => parseBankCsv(text, opts).statements.flatMap((s) => s.entries);

const GENERIC: GenericCsvMapping = {
  hasHeader: true,
  dateFormat: 'dd/mm/yyyy',
  decimal: '.',
  date: 'Boekdatum',
  debit: 'Af',
  credit: 'Bij',
  name: 'Tegenpartij',
  iban: 'IBAN tegenpartij',
  description: 'Omschrijving',
  account: 'Eigen rekening',
};

describe('detectBankCsv', () => {
  it.each([
    ['ing.csv', 'ing'],
    ['rabobank.csv', 'rabobank'],
    ['abnamro.txt', 'abnamro'],
    ['bunq.csv', 'bunq'],
    ['knab.csv', 'knab'],
    ['triodos.csv', 'triodos'],
  ])('%s -> %s', (file, format) => {
    expect(detectBankCsv(read(file))).toBe(format);
  });
  it('does not guess at an unknown layout', () => {
    expect(detectBankCsv(read('generic.csv'))).toBeUndefined();
    expect(() => parseBankCsv(read('generic.csv'))).toThrow(
      /unknown bank export; first line: "Boekdatum,Eigen rekening/,
    );
  });
});

describe('bank CSV samples', () => {
  it('ING: Af/Bij sign, comma decimals with thousands dots, yyyymmdd', () => {
    const r = parseBankCsv(read('ing.csv'));
    expect(r.errors).toEqual([]);
    expect(r.rowCount).toBe(3);
    const [a, b, c] = r.statements[0]?.entries ?? [];
    expect(r.statements[0]?.accountIban).toBe('NL20INGB0001234567');
    expect(a).toMatchObject({
      bookingDate: '2026-03-02',
      amountCents: 121000,
      direction: 'credit',
      counterpartyName: 'Bakkerij De Vries',
      counterpartyIban: 'NL36INGB0007654321',
    });
    expect(a?.remittance).toMatch(/factuur 2026-017/);
    expect(b).toMatchObject({ amountCents: -4599, direction: 'debit' });
    expect(c?.amountCents).toBe(60500);
  });
  it('Rabobank: signed amounts, Volgnr as entry id, Betalingskenmerk, Reden retour as reversal', () => {
    const r = parseBankCsv(read('rabobank.csv'));
    expect(r.errors).toEqual([]);
    const [a, b, c] = r.statements[0]?.entries ?? [];
    expect(a).toMatchObject({
      id: 'NL44RABO0123456789/r:000000000000000101',
      amountCents: 121000,
      structuredReference: '6000000002026017',
      endToEndId: 'E2E-2026-017',
      remittance: 'Factuur 2026-017',
    });
    expect(b).toMatchObject({ amountCents: -12100, reversal: false });
    expect(c).toMatchObject({ amountCents: -121000, reversal: true, counterpartyIban: 'NL36INGB0007654321' });
  });
  it('ABN AMRO TXT: no header, SEPA descriptions unpacked, card payments kept as text', () => {
    const r = parseBankCsv(read('abnamro.txt'));
    expect(r.format).toBe('abnamro');
    const [a, b, c] = r.statements[0]?.entries ?? [];
    expect(a).toMatchObject({
      amountCents: 121000,
      counterpartyName: 'Bakkerij De Vries',
      counterpartyIban: 'NL36INGB0007654321',
      remittance: 'Factuur 2026-017',
    });
    expect(a?.endToEndId).toBeUndefined();
    expect(b).toMatchObject({
      amountCents: -12100,
      counterpartyName: 'Drukkerij Maas',
      endToEndId: '2026-0303-01',
    });
    expect(c).toMatchObject({ amountCents: -1950, remittance: expect.stringMatching(/^BEA/) });
  });
  it('bunq, Knab (banner line), Triodos (no header) read the same credit', () => {
    for (const file of ['bunq.csv', 'knab.csv', 'triodos.csv']) {
      const r = parseBankCsv(read(file));
      expect(r.errors).toEqual([]);
      const [credit, debit] = r.statements[0]?.entries ?? [];
      expect(credit).toMatchObject({
        bookingDate: '2026-03-02',
        amountCents: 121000,
        counterpartyName: 'Bakkerij De Vries',
        counterpartyIban: 'NL36INGB0007654321',
        remittance: 'Factuur 2026-017',
      });
      expect(debit?.amountCents).toBe(-12100);
    }
    expect(entriesOf(read('knab.csv'))[0]?.id).toBe('NL09KNAB0255555555/r:K0C26IP2NC00001A');
  });
  it('generic: debit and credit columns, day-first dates, fixed mapping', () => {
    const r = parseBankCsv(read('generic.csv'), { format: 'generic', mapping: GENERIC });
    expect(r.errors).toEqual([]);
    const [a, b] = r.statements[0]?.entries ?? [];
    expect(a).toMatchObject({
      bookingDate: '2026-03-15',
      amountCents: 121000,
      counterpartyName: 'Studio Peeters',
      remittance: '+++000/2026/02179+++',
    });
    expect(b).toMatchObject({ bookingDate: '2026-03-16', amountCents: -3550 });
  });
  it('generic: signed amount or amount + indicator column, by position without a header', () => {
    const text = '2026-03-01;NL91ABNA0417164300;12,50;C;Jan\n2026-03-02;NL91ABNA0417164300;7,00;D;Piet\n';
    const r = parseBankCsv(text, {
      format: 'generic',
      mapping: {
        hasHeader: false,
        delimiter: ';',
        dateFormat: 'yyyy-mm-dd',
        decimal: ',',
        date: 0,
        account: 1,
        amount: 2,
        sign: { column: 3, debitValues: ['D'] },
        name: 4,
      },
    });
    expect(r.statements[0]?.entries.map((e) => e.amountCents)).toEqual([1250, -700]);
    expect(() => parseBankCsv(text, { format: 'generic' })).toThrow(/needs a column mapping/);
    expect(() =>
      parseBankCsv(text, { format: 'generic', mapping: { ...GENERIC, debit: undefined } }),
    ).toThrow(/amount column/);
  });
});

describe('bad rows are reported, never dropped', () => {
  it('locates each bad row with row, column, value and why; good rows still come back', () => {
    const lines = read('ing.csv').trimEnd().split('\n');
    lines[1] = (lines[1] ?? '').replace('"20260302"', '"20260231"');
    lines[2] = (lines[2] ?? '').replace('"45,99"', '"45,9x"');
    lines[3] = (lines[3] ?? '').replace('"Bij"', '"Plus"');
    const r = parseBankCsv(
      lines.join('\n') + '\n"20260305";"X";"NL20INGB0001234567";"";"OV";"Bij";"1,00";"";"";"";""\n',
    );
    expect(r.rowCount).toBe(4);
    expect(r.statements[0]?.entries).toHaveLength(1);
    expect(r.errors.map((e) => [e.code, e.where.row, e.where.column, e.where.value])).toEqual([
      ['invalid-date', 2, 'Datum', '20260231'],
      ['invalid-amount', 3, 'Bedrag (EUR)', '45,9x'],
      ['invalid-input', 4, 'Af Bij', 'Plus'],
    ]);
    expect(r.errors[0]).toBeInstanceOf(DomainError);
    expect(r.errors[0]?.message).toMatch(/row 2, column Datum: not a date in the form yyyymmdd/);
  });
  it('counts physical lines across a quoted line break and blank lines', () => {
    const text =
      read('bunq.csv').replace('"Factuur 2026-017"', '"Factuur\n2026-017"') +
      '\n"2026-03-04";"";"x";"NL97BUNQ2025000001";"";"A";"B"\n';
    const r = parseBankCsv(text);
    expect(r.errors.map((e) => e.where.row)).toEqual([6]);
    expect(r.errors[0]?.where.column).toBe('Amount');
  });
  it('a short ABN AMRO row is an error with the row number', () => {
    const text = read('abnamro.txt') + 'NL91ABNA0417164300\tEUR\t20260305\n';
    const r = parseBankCsv(text);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.where.row).toBe(4);
    expect(r.errors[0]?.message).toMatch(/at least 8 columns, found 3/);
  });
  it('refuses a file over the size limit', () => {
    expect(() => parseBankCsv(read('ing.csv'), { maxChars: 10 })).toThrow(/too large/);
  });
});

describe('parseAbnDescription', () => {
  it('reads values that contain slashes', () => {
    expect(
      parseAbnDescription(
        '/TRTP/SEPA OVERBOEKING/IBAN/NL36INGB0007654321/BIC/INGBNL2A/NAME/A/B Holding/REMI/Fact 2026/017/EREF/E1',
      ),
    ).toEqual({
      name: 'A/B Holding',
      iban: 'NL36INGB0007654321',
      remittance: 'Fact 2026/017',
      endToEndId: 'E1',
    });
    expect(parseAbnDescription('BEA NR:1 koffie')).toEqual({});
  });
});
