/**
 * The codec reads what people type, and says where a value the core can read is one the
 * workbook's own formulas cannot: a date, amount or term stored as text.
 */
import type { Cell, TableSnapshot } from '../../src/workbook/book';
import { bindSnapshot } from '../../src/workbook/binding';
import { isoToSerial } from '../../src/workbook/cells';
import { decodeContacts, decodeInvoices, decodePayments, textForFormulas } from '../../src/workbook/codec';
import { CONTACTS, INVOICES, PAYMENTS, type TableSpec } from '../../src/workbook/schema';
import { isoDate } from '../../src/domain/dates';

const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

function snap(
  spec: TableSpec,
  sheet: string,
  headers: string[],
  values: Cell[][],
  formulas?: (string | null)[][],
): TableSnapshot {
  return {
    name: spec.nl,
    sheet,
    headers,
    values,
    formulas: formulas ?? values.map((r) => r.map(() => null)),
    firstRow: 2,
    firstColumn: 1,
  };
}

const nl = { dateSystem: 1900 as const, language: 'nl' as const };
const en = { dateSystem: 1900 as const, language: 'en' as const };

describe('dates, amounts and terms stored as text', () => {
  const headers = [
    'Factuurnummer',
    'Klantnummer',
    'Factuurdatum',
    'Bedrag excl. BTW',
    'Bedrag incl. BTW',
    'Betaaltermijn (dagen)',
    'Vervaldatum',
  ];
  const rows: Cell[][] = [
    ['F1', 'K1', d('2026-11-01'), 100, 121, 30, null],
    ['F2', 'K1', '22-11-2026', 'EUR 1.000,00', 'EUR 1.234,56', '14 dagen', null],
    ['F3', 'K1', d('2026-11-03'), 10, 12.1, null, '15-12-2026'],
    ['F4', 'K1', 'gisteren', 10, 12.1, null, null],
  ];
  const s = snap(INVOICES, 'Facturen', headers, rows);
  const decoded = decodeInvoices(s, bindSnapshot(INVOICES, s), nl);

  it('reads them as the core needs them', () => {
    const f2 = decoded.records.find((r) => r.record.number === 'F2')?.record;
    expect(f2).toMatchObject({
      invoiceDate: '2026-11-22',
      amountInclVat: 123_456,
      amountExclVat: 100_000,
      paymentTermDays: 14,
    });
    expect(decoded.records.find((r) => r.record.number === 'F3')?.record.dueDate).toBe('2026-12-15');
  });

  it('warns per cell, located, in the columns the live formulas compute with', () => {
    expect(decoded.warnings.map((w) => [w.row, w.column?.letter, w.column?.header, w.value, w.code])).toEqual(
      [
        [3, 'C', 'Factuurdatum', '22-11-2026', 'stored-as-text'],
        [3, 'E', 'Bedrag incl. BTW', 'EUR 1.234,56', 'stored-as-text'],
        [3, 'F', 'Betaaltermijn (dagen)', '14 dagen', 'stored-as-text'],
        // A due date typed over the formula feeds Dagen over tijd and Status.
        [4, 'G', 'Vervaldatum', '15-12-2026', 'stored-as-text'],
      ],
    );
    expect(decoded.warnings.every((w) => w.sheet === 'Facturen' && w.table === 'Facturen')).toBe(true);
    const [date, amount, term] = decoded.warnings;
    expect(date?.why).toBe(
      'staat als tekst; de formules van de werkmap rekenen er niet mee — typ de datum opnieuw als datum',
    );
    expect(amount?.why).toBe(
      'staat als tekst; de formules van de werkmap rekenen er niet mee — typ het bedrag opnieuw als getal',
    );
    expect(term?.why).toMatch(/typ het getal opnieuw als getal$/);
  });

  it('does not warn about an amount no formula reads, nor about text that is an error', () => {
    // Bedrag excl. BTW ('EUR 1.000,00') feeds revenue figures the add-in computes, not a formula.
    expect(decoded.warnings.some((w) => w.column?.letter === 'D')).toBe(false);
    expect(decoded.errors.map((e) => [e.row, e.column?.letter, e.code])).toEqual([[5, 'C', 'invalid-date']]);
    expect(decoded.warnings.some((w) => w.row === 5)).toBe(false);
  });

  it('says it in English for an English workbook', () => {
    const english = decodeInvoices(s, bindSnapshot(INVOICES, s), en);
    expect(english.warnings[0]?.why).toBe(
      "is stored as text; the workbook's formulas do not calculate with it — type the date again as a date",
    );
    expect(english.warnings[1]?.why).toMatch(/type the amount again as a number$/);
  });

  it('leaves a formula cell in a product column alone, whatever it shows', () => {
    const withFormula = snap(
      INVOICES,
      'Facturen',
      headers,
      [['F1', 'K1', d('2026-11-01'), 100, 121, null, '']],
      [[null, null, null, null, null, null, '=']],
    );
    expect(decodeInvoices(withFormula, bindSnapshot(INVOICES, withFormula), nl).warnings).toEqual([]);
  });

  it('warns about payments as text (SUMIFS skips them), not about a contact date', () => {
    const p = snap(
      PAYMENTS,
      'Betalingen',
      ['Datum', 'Factuurnummer', 'Bedrag'],
      [
        ['1-12-2026', 'F1', '€ 50,00'],
        [d('2026-12-01'), 'F1', 50],
      ],
    );
    expect(decodePayments(p, bindSnapshot(PAYMENTS, p), nl).warnings.map((w) => w.column?.header)).toEqual([
      'Datum',
      'Bedrag',
    ]);
    const c = snap(
      CONTACTS,
      'Contact',
      ['Datum', 'Klantnummer', 'Kanaal', 'Samenvatting'],
      [['1-12-2026', 'K1', 'E-mail', 'gebeld']],
    );
    const contacts = decodeContacts(c, bindSnapshot(CONTACTS, c), nl);
    expect(contacts.records).toHaveLength(1);
    expect(contacts.warnings).toEqual([]);
  });

  it('textForFormulas: only strings in numeric columns the formulas read', () => {
    const col = (field: string) => INVOICES.columns.find((c) => c.field === field) ?? INVOICES.columns[0];
    expect(textForFormulas('invoices', col('invoiceDate') as never, '1-11-2026')?.code).toBe(
      'stored-as-text',
    );
    expect(textForFormulas('invoices', col('invoiceDate') as never, d('2026-11-01'))).toBeUndefined();
    expect(textForFormulas('invoices', col('invoiceDate') as never, '  ')).toBeUndefined();
    expect(textForFormulas('invoices', col('invoiceDate') as never, '#VALUE!')).toBeUndefined();
    expect(textForFormulas('invoices', col('number') as never, 'F1')).toBeUndefined();
    expect(textForFormulas('invoices', col('deliveryDate') as never, '1-11-2026')).toBeUndefined();
  });
});

describe('amount excl. VAT from a list that keeps incl. VAT and the VAT', () => {
  it('subtracts in whole cents, where euros in floating point would lose a cent', () => {
    // In euros, 4.35 − 0.75 is 3.5999999999999996: a cent conversion that truncates says 359.
    expect(Math.trunc((4.35 - 0.75) * 100)).toBe(359);
    const headers = ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW', 'BTW-bedrag'];
    const s = snap(INVOICES, 'Facturen', headers, [
      ['F1', 'K1', d('2026-03-01'), 4.35, 0.75],
      ['F2', 'K1', d('2026-03-02'), '€ 0,30', 0.1],
    ]);
    const decoded = decodeInvoices(s, bindSnapshot(INVOICES, s), nl);
    expect(decoded.errors).toEqual([]);
    expect(decoded.records.map((r) => [r.record.amountInclVat, r.record.amountExclVat])).toEqual([
      [435, 360],
      [30, 20],
    ]);
  });
});
