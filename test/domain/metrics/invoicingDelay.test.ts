import { invoicingDelay } from '../../../src/domain/metrics';
import { creditNote, customer, invoice, prep } from './builders';
import { isoDate } from '../../../src/domain/dates';

describe('invoicingDelay: days from delivery to invoice', () => {
  const parts = {
    customers: [customer('K1', 'Bakkerij Jansen'), customer('K2')],
    invoices: [
      invoice('F1', 'K1', isoDate('2026-06-01'), 100, { deliveryDate: isoDate('2026-06-01') }), // 0
      invoice('F2', 'K1', isoDate('2026-05-04'), 100, { deliveryDate: isoDate('2026-05-01') }), // 3
      invoice('F3', 'K2', isoDate('2026-04-11'), 100, { deliveryDate: isoDate('2026-04-01') }), // 10
      invoice('F4', 'K2', isoDate('2026-03-31'), 100, { deliveryDate: isoDate('2026-03-01') }), // 30
      invoice('F5', 'K1', isoDate('2026-02-05'), 100, { deliveryDate: isoDate('2026-02-10') }), // −5: invoiced in advance
      invoice('F6', 'K1', isoDate('2025-07-20'), 100, { deliveryDate: isoDate('2025-06-30') }), // delivered 365 days ago: out
      invoice('F7', 'K1', isoDate('2026-07-02'), 100, { deliveryDate: isoDate('2026-06-25') }), // invoice after today: out
      { ...creditNote('C1', 'K1', isoDate('2026-06-10'), -100), deliveryDate: isoDate('2026-01-01') }, // credit note: out
      invoice('F8', 'K2', isoDate('2026-06-10'), 100), // no delivery date: out
    ],
  };
  const d = invoicingDelay(prep(parts, '2026-06-30'));

  it('averages and takes the median over deliveries in the window', () => {
    // days 0, 3, 10, 30, −5: mean 38/5 = 7.6; sorted −5 0 3 10 30 -> median 3
    expect(d).toMatchObject({ count: 5, averageDays: 7.6, medianDays: 3, lateAfterDays: 7 });
  });

  it('splits per customer', () => {
    // K1: 0, 3, −5 -> mean −0.667 -> −0.7, median 0; K2: 10, 30 -> 20, median (10+30)/2 = 20
    expect(d.byCustomer).toEqual([
      {
        customerNumber: 'K1',
        name: 'Bakkerij Jansen',
        known: true,
        count: 3,
        averageDays: -0.7,
        medianDays: 0,
      },
      { customerNumber: 'K2', name: 'Klant K2', known: true, count: 2, averageDays: 20, medianDays: 20 },
    ]);
  });

  it('lists deliveries invoiced more than N days later, longest wait first', () => {
    expect(d.late).toEqual([
      {
        invoiceNumber: 'F4',
        customerNumber: 'K2',
        deliveryDate: '2026-03-01',
        invoiceDate: '2026-03-31',
        days: 30,
      },
      {
        invoiceNumber: 'F3',
        customerNumber: 'K2',
        deliveryDate: '2026-04-01',
        invoiceDate: '2026-04-11',
        days: 10,
      },
    ]);
    expect(
      invoicingDelay(prep(parts, '2026-06-30'), { lateAfterDays: 10 }).late.map((l) => l.invoiceNumber),
    ).toEqual(['F4']);
    expect(
      invoicingDelay(prep(parts, '2026-06-30'), { lateAfterDays: 0 }).late.map((l) => l.invoiceNumber),
    ).toEqual(['F4', 'F3', 'F2']);
  });

  it('gives an even median as the mean of the middle two, and nulls when empty', () => {
    const even = invoicingDelay(
      prep(
        {
          invoices: [
            invoice('F1', 'K1', isoDate('2026-06-02'), 1, { deliveryDate: isoDate('2026-06-01') }),
            invoice('F2', 'K1', isoDate('2026-06-04'), 1, { deliveryDate: isoDate('2026-06-02') }),
          ],
        },
        isoDate('2026-06-30'),
      ),
    );
    expect(even).toMatchObject({ count: 2, averageDays: 1.5, medianDays: 1.5 });
    expect(invoicingDelay(prep({}, isoDate('2026-06-30')))).toMatchObject({
      count: 0,
      averageDays: null,
      medianDays: null,
      byCustomer: [],
      late: [],
    });
  });
});
