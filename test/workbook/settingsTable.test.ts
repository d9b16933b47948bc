import { settingsSnapshot } from '../support/settingsRows';
import { cents } from '../../src/domain/money';
import { isoDate } from '../../src/domain/dates';
import { bindSnapshot } from '../../src/workbook/binding';
import type { Cell } from '../../src/workbook/book';
import { readSettings, settingsRows } from '../../src/workbook/settingsTable';
import { tableSpec } from '../../src/workbook/schema';
import { defaultSettings } from '../../src/domain/model';
import { resolveTerm } from '../../src/domain/terms';

const read = (rows: [string, Cell][], language: 'nl' | 'en' = 'nl') => {
  const snap = settingsSnapshot(rows);
  return readSettings(snap, bindSnapshot(tableSpec('settings'), snap), 1900, language);
};

describe('Instellingen: a long business term expressly agreed', () => {
  it('reads yes and no as people type them, under the Dutch or English label', () => {
    const label = 'Lange termijn zakelijk uitdrukkelijk afgesproken';
    expect(read([[label, 'Nee']]).settings.businessTermsExpresslyAgreed).toBe(false);
    expect(read([[label, 'nee']]).settings.businessTermsExpresslyAgreed).toBe(false);
    expect(read([[label, 'Ja']]).settings.businessTermsExpresslyAgreed).toBe(true);
    expect(read([['Long business term expressly agreed', 'No']]).settings.businessTermsExpresslyAgreed).toBe(
      false,
    );
    expect(read([['businessTermsExpresslyAgreed', false]]).settings.businessTermsExpresslyAgreed).toBe(false);
  });

  it('is absent when the cell is empty or the row missing: the agreed term stands', () => {
    expect(read([['Lange termijn zakelijk uitdrukkelijk afgesproken', null]]).settings).not.toHaveProperty(
      'businessTermsExpresslyAgreed',
    );
    expect(read([['Bedrijfsnaam', 'Klaver']]).settings.businessTermsExpresslyAgreed).toBeUndefined();
  });

  it('locates a value that is neither yes nor no, and says why in the workbook language', () => {
    const r = read(
      [
        ['Bedrijfsnaam', 'Klaver'],
        ['Lange termijn zakelijk uitdrukkelijk afgesproken', 'misschien'],
      ],
      'nl',
    );
    expect(r.errors.map((e) => [e.sheet, e.row, e.column?.letter, e.value, e.why])).toEqual([
      ['Instellingen', 3, 'B', 'misschien', '"misschien" is geen ja of nee'],
    ]);
    expect(r.settings.companyName).toBe('Klaver');
    expect(r.settings.businessTermsExpresslyAgreed).toBeUndefined();
  });

  it('as typed in the sheet, decides the day a 90-day business term counts from', () => {
    const customer = {
      number: 'K1',
      name: 'Groot BV',
      kind: 'business' as const,
      ibans: [],
      paymentTermDays: 90,
    };
    const invoice = {
      number: 'F1',
      customerNumber: 'K1',
      invoiceDate: isoDate('2026-01-10'),
      amountExclVat: cents(10000),
      amountInclVat: cents(12100),
    };
    const term = (value: Cell) =>
      resolveTerm(
        invoice,
        customer,
        read([['Lange termijn zakelijk uitdrukkelijk afgesproken', value]]).settings,
      );
    expect(term('Nee')).toMatchObject({ dueDate: isoDate('2026-04-10'), legalDueDate: '2026-02-09' });
    expect(term('Ja')).toMatchObject({ dueDate: isoDate('2026-04-10'), legalDueDate: '2026-04-10' });
    expect(term(null)).toMatchObject({ legalDueDate: '2026-04-10' });
  });

  it('writes its row with the Dutch label and Ja/Nee, and reads back what it wrote', () => {
    const settings = { ...defaultSettings(), businessTermsExpresslyAgreed: false };
    const rows = settingsRows(settings, 'nl');
    const row = rows.find((x) => x.key === 'Lange termijn zakelijk uitdrukkelijk afgesproken');
    expect(row?.value).toBe('Nee');
    expect(row?.help).toContain('art. 6:119a lid 5 BW');
    expect(read(rows.map((x) => [x.key, x.value])).settings.businessTermsExpresslyAgreed).toBe(false);
    const en = settingsRows({ ...defaultSettings(), businessTermsExpresslyAgreed: true }, 'en');
    expect(en.find((x) => x.key === 'Long business term expressly agreed')?.value).toBe('Yes');
  });
});

describe('Instellingen: statutory interest rates of your own', () => {
  it('round-trips rate rows as the pane saves them and the CLI reads them', () => {
    const extraInterestRates = [
      { kind: 'commercial' as const, from: isoDate('2026-07-01'), percent: 10.4, source: 'ECB' },
      { kind: 'consumer' as const, from: isoDate('2026-07-01'), percent: 4, source: 'Stb. 2026, 200' },
    ];
    const rows = settingsRows({ ...defaultSettings(), extraInterestRates }, 'nl');
    expect(rows.filter((x) => x.key.startsWith('rate.')).map((x) => [x.key, x.value])).toEqual([
      ['rate.1.kind', 'commercial'],
      ['rate.1.from', '2026-07-01'],
      ['rate.1.percent', 10.4],
      ['rate.1.source', 'ECB'],
      ['rate.2.kind', 'consumer'],
      ['rate.2.from', '2026-07-01'],
      ['rate.2.percent', 4],
      ['rate.2.source', 'Stb. 2026, 200'],
    ]);
    const back = read(rows.map((x) => [x.key, x.value]));
    expect(back.errors).toEqual([]);
    expect(back.settings.extraInterestRates).toEqual(extraInterestRates);
  });
});

describe('Instellingen: column aliases', () => {
  it("are read for the product's tables and fields only; other keys stay the person's notes", () => {
    const r = read([
      ['alias.invoices.customerNumber', 'Opdrachtgever; Debiteurnr'],
      ['alias.invoices.constructor', 'X'],
      ['alias.invoices.toString', 'Y'],
      ['alias.__proto__.polluted', 'Z'],
      ['alias.constructor.foo', 'W'],
      ['alias.nosuchtable.number', 'V'],
    ]);
    expect(r.aliases).toEqual({ invoices: { customerNumber: ['Opdrachtgever', 'Debiteurnr'] } });
    expect(r.errors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).foo).toBeUndefined();
  });
});
