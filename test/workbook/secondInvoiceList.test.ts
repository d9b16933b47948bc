/**
 * Last year's invoice list beside this year's, numbered from 1 each year: it is never read as
 * payments (which settled this year's invoices of the same numbers), and loadLedger says it is
 * not read.
 */
import { indexLedger } from '../../src/domain/ledger';
import { isoDate } from '../../src/domain/dates';
import { invoiceStatus } from '../../src/domain/status';
import { isoToSerial } from '../../src/workbook/cells';
import { loadLedger } from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';

const TODAY = isoDate('2026-11-22');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

function book(lastYearSheet: string): MemoryBook {
  return new MemoryBook({
    tables: [
      {
        name: 'Klanten',
        sheet: 'Klanten',
        headers: ['Klantnummer', 'Naam'],
        rows: [['De Vries', 'De Vries']],
      },
      {
        name: 'Tabel1',
        sheet: 'Facturen',
        headers: ['Factuurnr', 'Klant', 'Datum', 'Bedrag', 'Betaald op'],
        rows: [['2', 'De Vries', d('2026-09-01'), 605, null]],
      },
      {
        name: 'Tabel2',
        sheet: lastYearSheet,
        headers: ['Factuurnr', 'Klant', 'Datum', 'Bedrag', 'Betaald op'],
        rows: [['2', 'De Vries', d('2025-10-01'), 605, d('2025-10-20')]],
      },
    ],
  });
}

// "Klantenfacturen" holds "Klanten" inside a word: it does not name the customers.
it.each(['Facturen 2025', 'Blad2', 'Klantenfacturen 2025'])(
  'reads last year’s list on %s as no payments, and says so',
  async (sheet) => {
    const loaded = await loadLedger(book(sheet));
    expect(loaded.ledger.payments).toEqual([]);
    const index = indexLedger(loaded.ledger);
    const inv = loaded.ledger.invoices[0];
    const customer = inv && index.customersByNumber.get(inv.customerNumber);
    expect(inv && customer && invoiceStatus(inv, index, customer, loaded.ledger.settings, TODAY).kind).toBe(
      'overdue',
    );
    const second = loaded.notices.filter((n) => n.code === 'second-invoice-list');
    expect(second.map((n) => [n.sheet, n.table])).toEqual([[sheet, 'Tabel2']]);
    expect(second[0]?.why).toContain('alleen Tabel1 (Facturen) wordt gelezen als de facturen');
  },
);

it('still reads a payments table on a sheet named Betalingen as the payments', async () => {
  const loaded = await loadLedger(book('Betalingen'));
  expect(loaded.ledger.payments).toHaveLength(1);
  expect(loaded.notices.filter((n) => n.code === 'second-invoice-list')).toEqual([]);
});

it.each([false, true])(
  'reads the list on the sheet named Facturen as the invoices, even when the other has more columns (other first: %s)',
  async (otherFirst) => {
    const named = {
      name: 'Tabel1',
      sheet: 'Facturen',
      headers: ['Factuurnr', 'Klant', 'Datum', 'Bedrag'],
      rows: [['7', 'De Vries', d('2026-09-01'), 605]],
    };
    const other = {
      name: 'Tabel2',
      sheet: 'Blad2',
      headers: ['Factuurnr', 'Klant', 'Datum', 'Bedrag', 'Betaald op', 'Omschrijving'],
      rows: [['3', 'De Vries', d('2025-10-01'), 605, d('2025-10-20'), 'werk']],
    };
    const customers = {
      name: 'Klanten',
      sheet: 'Klanten',
      headers: ['Klantnummer', 'Naam'],
      rows: [['De Vries', 'De Vries']],
    };
    const loaded = await loadLedger(
      new MemoryBook({ tables: [customers, ...(otherFirst ? [other, named] : [named, other])] }),
    );
    expect(loaded.ledger.invoices.map((i) => i.number)).toEqual(['7']);
    const second = loaded.notices.filter((n) => n.code === 'second-invoice-list');
    expect(second.map((n) => [n.sheet, n.table])).toEqual([['Blad2', 'Tabel2']]);
  },
);
