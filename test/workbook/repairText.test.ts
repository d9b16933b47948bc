import { isoToSerial } from '../../src/workbook/cells';
import {
  loadLedger,
  overviewOf,
  refreshAndSort,
  repairTextCells,
  setUp,
} from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';
import { isoDate } from '../../src/domain/dates';

const TODAY = isoDate('2026-11-22');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

function book(): MemoryBook {
  return new MemoryBook({
    tables: [
      {
        name: 'Klanten',
        sheet: 'Klanten',
        headers: ['Klantnummer', 'Naam', 'Soort klant'],
        rows: [['K1', 'A', 'Zakelijk']],
      },
      {
        name: 'Facturen',
        sheet: 'Facturen',
        headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW', 'Omschrijving'],
        rows: [
          ['F1', 'K1', '22-10-2026', 'EUR 1.234,56', '12-12-2026'],
          ['F2', 'K1', d('2026-10-01'), 100, 'ontwerp'],
          ['F3', 'K1', 'gisteren', '€ 50', null],
        ],
      },
    ],
  });
}

describe('repairTextCells (check --fix)', () => {
  it("converts only what reads unambiguously, in the person's columns, and lists every conversion", async () => {
    const b = book();
    await setUp(b, {});
    const before = await loadLedger(b);
    const r = await repairTextCells(b);
    expect(r.conversions.map((c) => [c.cell, c.header, c.before, c.after])).toEqual([
      ['C2', 'Factuurdatum', '22-10-2026', '22-10-2026'],
      ['D2', 'Bedrag incl. BTW', 'EUR 1.234,56', '1234.56'],
      ['D4', 'Bedrag incl. BTW', '€ 50', '50.00'],
    ]);
    expect(r.formatted).toEqual(['Facturen.Factuurdatum']);
    const t = b.snapshot().tables.find((x) => x.name === 'Facturen');
    expect(t?.values[0]?.slice(0, 5)).toEqual(['F1', 'K1', d('2026-10-22'), 1234.56, '12-12-2026']);
    expect(t?.values[2]?.[2]).toBe('gisteren');
    // Same meaning: the core reads the same ledger; the text warnings are gone but the bad one.
    const after = await loadLedger(b);
    expect(after.ledger.invoices).toEqual(before.ledger.invoices);
    expect(after.warnings.filter((w) => w.code === 'stored-as-text')).toEqual([]);
    expect(after.errors.map((e) => [e.row, e.column?.header])).toEqual([[4, 'Factuurdatum']]);
    const o1 = overviewOf(before.ledger, { today: TODAY, language: 'nl', dateSystem: 1900 });
    const o2 = overviewOf(after.ledger, { today: TODAY, language: 'nl', dateSystem: 1900 });
    expect(o2.metrics.totals).toEqual(o1.metrics.totals);
  });

  it('does nothing when nothing is typed as text', async () => {
    const b = new MemoryBook();
    await setUp(b, {});
    b.calls = { read: 0, apply: 0 };
    const r = await repairTextCells(b);
    expect(r.conversions).toEqual([]);
    expect(b.calls).toEqual({ read: 1, apply: 0 });
  });
});

describe('sort and blank rows', () => {
  it('puts blank rows at the bottom, after rows that could not be read', async () => {
    const b = new MemoryBook({
      tables: [
        {
          name: 'Klanten',
          sheet: 'Klanten',
          headers: ['Klantnummer', 'Naam', 'Soort klant'],
          rows: [['K1', 'A', 'Zakelijk']],
        },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
          rows: [
            ['F1', 'K1', d('2026-10-01'), 10],
            [null, null, null, null],
            ['F2', 'K1', 'gisteren', 10],
            ['F3', 'K1', d('2026-11-20'), 10],
          ],
        },
      ],
    });
    await setUp(b, {});
    await refreshAndSort(b, { today: TODAY });
    const t = b.snapshot().tables.find((x) => x.name === 'Facturen');
    expect(t?.values.map((r) => r[0])).toEqual(['F1', 'F3', 'F2', null]);
  });
});

describe('revenue excl. VAT from a list with a VAT column', () => {
  it('takes incl. VAT less the VAT column when there is no excl. amount', async () => {
    const b = new MemoryBook({
      tables: [
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klant', 'Datum', 'Totaal', 'BTW-bedrag'],
          rows: [['F1', 'K1', d('2026-10-01'), 121, 21]],
        },
        {
          name: 'Klanten',
          sheet: 'Klanten',
          headers: ['Klantnummer', 'Naam', 'Soort klant'],
          rows: [['K1', 'A', 'Zakelijk']],
        },
      ],
    });
    const loaded = await loadLedger(b);
    expect(loaded.ledger.invoices[0]).toMatchObject({ amountInclVat: 12100, amountExclVat: 10000 });
  });
});
