import fc from 'fast-check';
import { indexLedger } from '../../../src/domain/ledger';
import { overviewMetrics, prepareLedger } from '../../../src/domain/metrics';
import { arbitraryLedger } from './arbitraries';
import { due30, invoice, ledger, payment } from './builders';
import { isoDate } from '../../../src/domain/dates';

describe('prepareLedger with the caller’s index', () => {
  it('uses an index of this very ledger instead of making one', () => {
    const l = ledger({
      invoices: [invoice('F1', 'K1', isoDate('2026-01-01'), 100)],
      payments: [payment('F1', isoDate('2026-02-01'), 121)],
    });
    const index = indexLedger(l);
    expect(prepareLedger(l, { today: isoDate('2026-03-31'), dueDateOf: due30, index }).index).toBe(index);
  });

  it('ignores an index of another ledger: the figures are those of the ledger given', () => {
    const today = '2026-03-31';
    const l = ledger({
      invoices: [
        invoice('F1', 'K1', isoDate('2026-01-01'), 100),
        invoice('F2', 'K1', isoDate('2026-01-01'), 100),
      ],
      payments: [payment('F1', isoDate('2026-02-01'), 121)],
    });
    // The same invoices before the payment was booked: a stale index.
    const stale = indexLedger({ ...l, payments: [] });
    const p = prepareLedger(l, { today: isoDate(today), dueDateOf: due30, index: stale });
    expect(p.index).not.toBe(stale);
    expect(p.invoices[0]?.settlement.paid).toBe(121);
  });

  it('gives the same overview with and without the index, for any ledger', () => {
    fc.assert(
      fc.property(arbitraryLedger(), ({ ledger: l, today }) => {
        const fresh = overviewMetrics(l, { today, dueDateOf: due30 });
        expect(overviewMetrics(l, { today, dueDateOf: due30, index: indexLedger(l) })).toEqual(fresh);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses something that is not an index, by name', () => {
    const l = ledger({});
    expect(() =>
      prepareLedger(l, {
        today: isoDate('2026-03-31'),
        dueDateOf: due30,
        index: {} as ReturnType<typeof indexLedger>,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});
