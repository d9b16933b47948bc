/**
 * What the build derives for the demo's first load travels as JSON (derivedFile.ts) and must come
 * back as derive itself would give it in the page: equal values, and the ledger's own invoices,
 * customers and arrangements where derive points at them.
 */
import { derivedFromFile, derivedToFile, type DerivedInFile } from '../../src/demo/derivedFile';
import { isoDate, type IsoDate } from '../../src/domain/dates';
import type { Ledger } from '../../src/domain/model';
import { derive } from '../../src/taskpane/data/derive';
import { sampleLedger } from '../taskpane/support/fakeOperations';

const through = (
  ledger: Ledger,
  today: IsoDate,
): { file: DerivedInFile; back: ReturnType<typeof derive> } => {
  const file = derivedToFile(ledger, derive(ledger, today));
  if (!file) throw new Error('no file');
  const travelled = JSON.parse(JSON.stringify(file)) as DerivedInFile;
  return { file: travelled, back: derivedFromFile(ledger, travelled) };
};

describe('the derived first view, through its file', () => {
  it.each(['2026-11-30', '2026-03-01', '2027-06-15'])(
    "equals derive on %s, pointing at the ledger's own objects",
    (day) => {
      const today = isoDate(day);
      const ledger = sampleLedger();
      const { back } = through(ledger, today);
      expect(back).toEqual(derive(ledger, today));
      back.rows.forEach((r, i) => {
        expect(r.invoice).toBe(ledger.invoices[i]);
        expect(r.customer).toBe(ledger.customers.find((c) => c.number === r.invoice.customerNumber));
        expect(r.dunning?.status).toBe(r.status);
        if (r.status?.kind === 'in-arrangement') expect(ledger.arrangements).toContain(r.status.arrangement);
        expect(back.rowByNumber.get(r.invoice.number)).toBe(r);
      });
      for (const g of back.plan) {
        expect(ledger.customers).toContain(g.customer);
        for (const a of g.invoices)
          expect(back.rowByNumber.get(a.invoiceNumber)?.dunning).toMatchObject({ action: a });
      }
      for (const m of back.missed) expect(back.rows).toContain(m.row);
      for (const d of back.longDisputes) expect(back.rows).toContain(d.row);
    },
  );

  it('holds what the views need of the sample: reminders due, an arrangement, a dispute', () => {
    const ledger = sampleLedger();
    const { back } = through(ledger, isoDate('2026-11-30'));
    expect(back.plan.length).toBeGreaterThan(0);
    expect(back.rows.some((r) => r.status?.kind === 'in-arrangement')).toBe(true);
    expect(back.rows.some((r) => r.status?.kind === 'disputed')).toBe(true);
    expect(back.missed).toHaveLength(1);
    expect(back.longDisputes).toHaveLength(1);
  });

  it('is not made when a row failed, and is refused for another ledger', () => {
    const ledger = sampleLedger();
    const broken = {
      ...ledger,
      invoices: [
        ...ledger.invoices,
        { ...(ledger.invoices[0] as Ledger['invoices'][number]), number: 'X1', customerNumber: 'K-unknown' },
      ],
    };
    expect(derivedToFile(broken, derive(broken, isoDate('2026-11-30')))).toBeNull();
    const { file } = through(ledger, isoDate('2026-11-30'));
    const fewer = { ...ledger, invoices: ledger.invoices.slice(1) };
    expect(() => derivedFromFile(fewer, file)).toThrow(/another ledger/);
    const renamed = {
      ...ledger,
      invoices: ledger.invoices.map((inv, i) => (i === 3 ? { ...inv, number: 'other' } : inv)),
    };
    expect(() => derivedFromFile(renamed, file)).toThrow(/another ledger/);
  });
});
