/** @jest-environment jsdom */
import '../setup';
import { screen, within } from '@testing-library/react';
import type { Ledger } from '../../../src/domain/model';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
// The fake operations hand the pane a ledger without reading a workbook, whose segment rows would
// load the rules: load them as the workbook read does.
import '../../../src/domain/segments';

// The test backend's today is 2026-11-30; K001 (Segment column "Horeca") has F2026-002 overdue.
function cards(): HTMLElement[] {
  const section = screen
    .getByRole('heading', { name: 'Herinneringen om te versturen' })
    .closest('section') as HTMLElement;
  return within(section).getAllByRole('listitem');
}

describe('Vandaag: segments', () => {
  test("names the customer's segment and its step's suggested channel", async () => {
    const ledger: Ledger = sampleLedger();
    ledger.settings = {
      ...ledger.settings,
      segments: [
        { name: 'Groot', rule: 'omzet in 12 maanden boven 100000' },
        {
          name: 'Horeca met telefoon',
          rule: 'segment is Horeca en zakelijk',
          ladder: [
            {
              id: 'bellen',
              kind: 'friendly',
              afterDays: 1,
              newTermDays: 7,
              offerPaymentPlan: false,
              channel: 'phone',
            },
            { id: 'mail', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: false },
          ],
        },
      ],
    };
    await renderPane(ledger, { view: 'today' });
    const k001 = cards().find((c) => within(c).queryByText('Bakkerij De Korenaar')) as HTMLElement;
    expect(within(k001).getByText('Segment: Horeca met telefoon · Voorgesteld: bellen')).toBeTruthy();
  });

  test('shows no segment line when no segments are defined', async () => {
    await renderPane(sampleLedger(), { view: 'today' });
    const k001 = cards().find((c) => within(c).queryByText('Bakkerij De Korenaar')) as HTMLElement;
    expect(within(k001).queryByText(/^Segment:/)).toBeNull();
    expect(within(k001).queryByText(/Voorgesteld/)).toBeNull();
  });
});
