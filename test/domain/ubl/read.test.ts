import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUbl, readUblFiles, termDaysFromNote } from '../../../src/domain/ubl';
import type { UblDocument, UblProblem } from '../../../src/domain/ubl';

const dir = join(__dirname, '../../fixtures/ubl');
const text = (name: string): string => readFileSync(join(dir, name), 'utf8');

function doc(name: string): UblDocument {
  const r = readUbl(name, text(name));
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.problems)}`);
  return r.document;
}

function problems(name: string): UblProblem[] {
  const r = readUbl(name, text(name));
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.problems;
}

describe('readUbl over the Peppol BIS 3.0 examples', () => {
  it('reads the base invoice: number, dates, totals in cents, reference and buyer', () => {
    const d = doc('base-example.xml');
    expect(d.invoice).toEqual({
      documentKind: 'invoice',
      number: 'Snippet1',
      invoiceDate: '2017-11-13',
      dueDate: '2017-12-01',
      deliveryDate: '2017-11-01',
      paymentTermsNote: 'Payment within 10 days, 2% discount',
      amountExclVat: 132500,
      amountInclVat: 165625,
      totalInclVat: 165625,
      prepaid: 0,
      product: 'item name',
      description: 'item name; item name 2',
      paymentReference: 'Snippet1',
    });
    expect(d.buyer).toEqual({
      name: 'Buyer Official Name',
      tradingName: 'BuyerTradingName AS',
      companyIds: [
        { kind: 'other', id: '39937423947', scheme: '0183' },
        { kind: 'vat', id: 'SE4598375937' },
        { kind: 'other', id: 'FR23342', scheme: '0002' },
      ],
      contactName: 'Lisa Johnson',
      email: 'lj@buyer.se',
      phone: '23434234',
      address: { street: 'Hovedgatan 32, Po box 878', postcode: '456 34', city: 'Stockholm', country: 'SE' },
    });
  });

  it('makes a CreditNote negative and names the invoice it credits', () => {
    const d = doc('base-creditnote-correction.xml');
    expect(d.invoice).toMatchObject({
      documentKind: 'credit-note',
      number: 'Snippet1',
      amountExclVat: -132500,
      amountInclVat: -165625,
      creditsInvoice: 'Snippet1',
    });
  });

  it('keeps a negative correction invoice negative, crediting its BillingReference', () => {
    const d = doc('base-negative-inv-correction.xml');
    expect(d.invoice).toMatchObject({
      documentKind: 'invoice',
      amountExclVat: -132500,
      amountInclVat: -165625,
      creditsInvoice: 'Snippet1',
    });
  });

  it('owes the PayableAmount: the prepaid part is not open again (BR-CO-16)', () => {
    const d = doc('Allowance-example.xml');
    expect(d.invoice).toMatchObject({
      amountExclVat: 590000,
      totalInclVat: 712500,
      prepaid: 100000,
      amountInclVat: 612500,
    });
  });

  it.each(['vat-category-E.xml', 'vat-category-Z.xml'])(
    '%s is in GBP: refused once, at the document currency',
    (name) => {
      expect(problems(name)).toEqual([
        expect.objectContaining({ path: 'Invoice/cbc:DocumentCurrencyCode', code: 'currency', value: 'GBP' }),
      ]);
    },
  );

  it.each(['vat-category-E.xml', 'vat-category-Z.xml'])(
    '%s in euro: no due date, so the term comes from "Payment within 30 days"; the legal name is the name',
    (name) => {
      const r = readUbl(name, text(name).replace(/GBP/g, 'EUR'));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      const d = r.document;
      expect(d.invoice.dueDate).toBeUndefined();
      expect(d.invoice.paymentTermDays).toBe(30);
      expect(d.invoice.amountExclVat).toBe(d.invoice.amountInclVat);
      expect(d.buyer.name).toBe('The Buyercompany');
    },
  );

  it('reads a Belgian invoice: enterprise and VAT numbers, +++ reference, decoded &amp;', () => {
    const d = doc('made/be-2026-0101.xml');
    expect(d.invoice).toMatchObject({
      number: '2026-0101',
      amountExclVat: 120000,
      amountInclVat: 145200,
      paymentReference: '+++090/9337/55493+++',
      paymentTermsNote: 'Betaling binnen 30 dagen',
    });
    // A due date is given, so the note's term is not used.
    expect(d.invoice.paymentTermDays).toBeUndefined();
    expect(d.buyer.name).toBe('De Molen & Zonen BV');
    expect(d.buyer.companyIds).toEqual([
      { kind: 'kbo', id: '0987654321', scheme: '0208' },
      { kind: 'vat', id: 'BE0987654321' },
    ]);
    expect(d.buyer.address).toEqual({
      street: 'Kerkstraat 12',
      postcode: '9000',
      city: 'Gent',
      country: 'BE',
    });
  });
});

describe('readUbl refuses, located, in both languages', () => {
  it.each([
    ['bad/missing-id.xml', 'Invoice/cbc:ID', 'missing', 'ontbreekt'],
    ['bad/bad-date.xml', 'Invoice/cbc:IssueDate', 'bad-date', '2017-11-31'],
    [
      'bad/three-decimals.xml',
      'Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount',
      'bad-amount',
      '3 decimalen',
    ],
    ['bad/totals-off.xml', 'Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount', 'totals', 'BR-CO-16'],
    ['bad/xxe-entity.xml', '/', 'entity', 'ENTITY'],
    ['bad/wrong-root.xml', 'Order', 'wrong-root', '<Order>'],
    ['bad/not-well-formed.xml', '/', 'not-xml', 'geen geldige XML'],
  ])('%s at %s (%s)', (name, path, code, dutch) => {
    const found = problems(name);
    const p = found.find((x) => x.code === code);
    expect(p).toMatchObject({ file: name, path });
    expect(p?.why.nl).toContain(dutch);
    expect(p?.why.en.length).toBeGreaterThan(10);
    expect(p?.why.en).not.toBe(p?.why.nl);
  });

  it('refuses a non-EUR invoice once, at the currency code', () => {
    const found = problems('bad/non-eur.xml');
    expect(found.map((p) => p.path)).toEqual(['Invoice/cbc:DocumentCurrencyCode']);
    expect(found[0]?.why.en).toContain('USD');
  });

  it('refuses an amount in another currency than the EUR document', () => {
    const xml = text('base-example.xml').replace(
      '<cbc:PayableAmount currencyID="EUR">',
      '<cbc:PayableAmount currencyID="USD">',
    );
    const r = readUbl('mixed.xml', xml);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toEqual([
      ['Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount', 'currency'],
    ]);
  });

  it('never resolves an entity: the XXE file is refused before parsing', () => {
    const found = problems('bad/xxe-entity.xml');
    expect(found).toHaveLength(1);
    expect(JSON.stringify(found)).not.toContain('root:');
  });

  it('refuses an amount in a number format that is not a decimal', () => {
    const xml = text('base-example.xml').replace(
      '>1325</cbc:TaxExclusiveAmount>',
      '>1.325,00</cbc:TaxExclusiveAmount>',
    );
    const r = readUbl('comma.xml', xml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'bad-amount', value: '1.325,00' });
  });

  it('reads UBL bound to other prefixes than cac/cbc', () => {
    const xml = text('base-example.xml')
      .replace(/cac:/g, 'a:')
      .replace(/cbc:/g, 'b:')
      .replace('xmlns:cac', 'xmlns:a')
      .replace('xmlns:cbc', 'xmlns:b');
    const r = readUbl('prefixes.xml', xml);
    expect(r.ok && r.document.invoice.amountInclVat).toBe(165625);
  });
});

describe('readUblFiles', () => {
  it('skips an exact repeat and refuses the same number with other content, at the later file', () => {
    const batch = readUblFiles([
      { name: 'a.xml', text: text('base-example.xml') },
      { name: 'b.xml', text: text('base-example.xml') },
      { name: 'c.xml', text: text('bad/duplicate-number.xml') },
      { name: 'd.xml', text: text('made/be-2026-0101.xml') },
    ]);
    expect(batch.documents.map((d) => d.file)).toEqual(['a.xml', 'd.xml']);
    expect(batch.repeats).toEqual([{ file: 'b.xml', sameAs: 'a.xml', number: 'Snippet1' }]);
    expect(batch.problems).toEqual([
      expect.objectContaining({
        file: 'c.xml',
        path: 'Invoice/cbc:ID',
        code: 'duplicate',
        value: 'Snippet1',
      }),
    ]);
  });
});

describe('termDaysFromNote', () => {
  it.each([
    ['Payment within 30 days', 30],
    ['Betaling binnen 14 dagen na factuurdatum', 14],
    ['Net 45', 45],
    ['Payment within 10 days, 2% discount', undefined],
    ['30 dagen, of 60 dagen na levering', undefined],
    ['Zie algemene voorwaarden', undefined],
  ])('%s -> %s', (note, days) => expect(termDaysFromNote(note)).toBe(days));
});
