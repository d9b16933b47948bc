/** @jest-environment jsdom */
import '../setup';
import { screen, within } from '@testing-library/react';
import type { ContactEntry, Ledger } from '../../../src/domain/model';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { readsAs } from '../support/text';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

// The test backend's today is 2026-11-30.
const sent = (date: string, invoiceNumber: string, ladderStep: string): ContactEntry => ({
  date: isoDate(date),
  customerNumber: 'K001',
  invoiceNumber,
  channel: 'email',
  ladderStep,
  summary: '',
});

function reminders(): HTMLElement {
  return screen
    .getByRole('heading', { name: 'Herinneringen om te versturen' })
    .closest('section') as HTMLElement;
}

describe('Vandaag (issue 12)', () => {
  test('one card per customer, each invoice at its own stage when the stages differ', async () => {
    const ledger: Ledger = sampleLedger();
    // K001: F2026-001 unpaid again and past two reminders (its final notice is due); F2026-002 has had none.
    ledger.payments = [];
    ledger.contacts.push(
      sent('2026-07-02', 'F2026-001', 'herinnering-1'),
      sent('2026-07-10', 'F2026-001', 'herinnering-2'),
    );
    await renderPane(ledger, { view: 'today' });
    const cards = within(reminders()).getAllByRole('listitem');
    const k001 = cards.filter((c) => within(c).queryByText('Bakkerij De Korenaar'));
    expect(k001).toHaveLength(1);
    expect(
      within(k001[0]!).getByText(
        readsAs('Aanmaning · 2 facturen: F2026-001 (Aanmaning), F2026-002 (Vriendelijke herinnering)'),
      ),
    ).toBeTruthy();
    // Each invoice number in its own unbreakable span, never split at its hyphen.
    expect(
      Array.from(k001[0]!.querySelectorAll('span'))
        .filter((s) => getComputedStyle(s).whiteSpace === 'nowrap')
        .map((s) => s.textContent),
    ).toEqual(['F2026-001', 'F2026-002']);
    expect(
      within(k001[0]!).getByRole('button', { name: 'Aanmaning opstellen voor Bakkerij De Korenaar' }),
    ).toBeTruthy();
  });

  test('a customer whose legal amounts cannot be computed shows the error on that card only', async () => {
    const ledger: Ledger = sampleLedger();
    ledger.settings = { ...ledger.settings, chargeInterest: true };
    // Due 2001-12-01: interest would start before the rate table's first row (2002-01-01).
    ledger.invoices.push({
      number: 'F2001-009',
      customerNumber: 'K001',
      invoiceDate: isoDate('2001-11-01'),
      amountExclVat: cents(10000),
      amountInclVat: cents(10000),
    });
    ledger.contacts.push(
      sent('2002-01-05', 'F2001-009', 'herinnering-1'),
      sent('2002-01-15', 'F2001-009', 'herinnering-2'),
    );
    await renderPane(ledger, { view: 'today' });
    const cards = within(reminders()).getAllByRole('listitem');
    const k001 = cards.find((c) => within(c).queryByText('Bakkerij De Korenaar'))!;
    const k003 = cards.find((c) => within(c).queryByText('Bouwbedrijf Hoogland'))!;
    // The legal check loads after the first view: wait for the card to show it.
    expect(await within(k001).findByText('Dit bericht kan niet worden opgesteld')).toBeTruthy();
    expect(
      within(k001).getByText(
        /interest on invoice F2001-009: no statutory interest rate known for 2001-12-02/,
      ),
    ).toBeTruthy();
    expect(within(k003).queryByText('Dit bericht kan niet worden opgesteld')).toBeNull();
  });

  test('says the rates may be outdated, and how to add one, once today is past the table', async () => {
    await renderPane(sampleLedger(), { view: 'today' });
    expect(screen.getByText('Wettelijke rente mogelijk verouderd')).toBeTruthy();
    expect(screen.getByText(/De rentetabel loopt tot en met 30-06-2026\..*rate\.N\.kind/)).toBeTruthy();
  });

  test("is silent about rates when the workbook holds this half-year's rates", async () => {
    const ledger = sampleLedger();
    ledger.settings = {
      ...ledger.settings,
      extraInterestRates: [
        { kind: 'commercial', from: isoDate('2026-07-01'), percent: 10.15, source: 'test' },
        { kind: 'consumer', from: isoDate('2026-07-01'), percent: 4, source: 'test' },
      ],
    };
    await renderPane(ledger, { view: 'today' });
    expect(screen.queryByText('Wettelijke rente mogelijk verouderd')).toBeNull();
  });
});
