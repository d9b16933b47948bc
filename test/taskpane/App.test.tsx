/** @jest-environment jsdom */
import './setup';
import './support/patience';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nl } from '../../src/taskpane/i18n/nl';
import type { ViewId } from '../../src/taskpane/nav';
import { emptyLedger, sampleLedger } from './support/fakeOperations';
import { renderPane } from './support/render';
import { readsAs } from './support/text';

const ALL_VIEWS: ViewId[] = [
  'setup',
  'today',
  'overview',
  'invoices',
  'customer',
  'newInvoice',
  'payment',
  'dispute',
  'arrangement',
  'reminder',
  'settings',
];

describe('every view', () => {
  test.each(ALL_VIEWS)('%s renders with an empty workbook, heading focused', async (view) => {
    const { unmount } = await renderPane(emptyLedger(), { view });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toContain(nl.views[view]);
    expect(document.activeElement).toBe(heading);
    unmount();
  });

  test.each(ALL_VIEWS)('%s renders with sample data', async (view) => {
    const { unmount } = await renderPane(sampleLedger(), { view });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(nl.views[view]);
    expect(screen.queryByText(nl.app.crashTitle)).toBeNull();
    unmount();
  });
});

describe('Vandaag', () => {
  test('groups the reminders due per customer, lists missed instalments, long disputes and the bank nudge', async () => {
    await renderPane(sampleLedger(), { view: 'today' });
    const reminders = screen
      .getByRole('heading', { name: 'Herinneringen om te versturen' })
      .closest('section') as HTMLElement;
    // K001's F2026-002 (due 31-10) is overdue with no history: a friendly reminder.
    expect(within(reminders).getByText('Bakkerij De Korenaar')).toBeTruthy();
    expect(
      within(reminders).getByText(readsAs(/Vriendelijke herinnering · 1 factuur: F2026-002/)),
    ).toBeTruthy();
    // K003: the disputed invoice is paused, but the missed instalment resumes the ladder for F2026-005.
    expect(within(reminders).getByText('Bouwbedrijf Hoogland')).toBeTruthy();
    expect(
      within(reminders).getByText(readsAs(/Vriendelijke herinnering · 1 factuur: F2026-005$/)),
    ).toBeTruthy();
    // The consumer's invoice is not due yet.
    expect(within(reminders).queryByText('Petra Jansen')).toBeNull();
    expect(
      screen.getByText(readsAs('Factuur F2026-005: termijn van 01-10-2026 (€ 121,00 tekort)')),
    ).toBeTruthy();
    expect(screen.getByText(readsAs('Factuur F2026-004: al 60 dagen betwist'))).toBeTruthy();
    expect(
      screen.getByText(/De laatste betalingen zijn 29 dagen geleden verwerkt \(01-11-2026\)/),
    ).toBeTruthy();
  });

  test('Opstellen opens the reminder for that customer and step', async () => {
    await renderPane(sampleLedger(), { view: 'today' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Vriendelijke herinnering opstellen voor Bakkerij De Korenaar' }),
    );
    expect(document.activeElement).toBe(
      await screen.findByRole('heading', { level: 2, name: 'Herinnering' }),
    );
    expect((screen.getByLabelText('Onderwerp') as HTMLInputElement).value).toMatch(/F2026-002/);
  });
});

describe('language', () => {
  test('follows Office: en-US gives English labels', async () => {
    await renderPane(sampleLedger(), { view: 'today' }, { displayLanguage: 'en-US' });
    expect(screen.getByRole('tab', { name: 'Today' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Reminders to send' })).toBeTruthy();
  });

  test('an English pane opens a later view in English: its texts arrive with the view', async () => {
    await renderPane(sampleLedger(), { view: 'today' }, { displayLanguage: 'en-GB' });
    await userEvent.click(screen.getByRole('tab', { name: 'Invoices' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Invoices' })).toBeTruthy();
    expect(screen.getByPlaceholderText('Number, customer or description')).toBeTruthy();
    expect(screen.queryByText(nl.app.crashTitle)).toBeNull();
  });

  test('nl -> en through the workbook setting switches every label', async () => {
    await renderPane(sampleLedger(), { view: 'settings' });
    expect(screen.getByRole('tab', { name: 'Vandaag' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Taal van dit paneel'), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByRole('tab', { name: 'Today' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Invoices' })).toBeTruthy();
    expect(screen.getByLabelText('Language of this pane')).toBeTruthy();
    expect(screen.getByText('Saved in the workbook.')).toBeTruthy();
    expect(screen.queryByText('Vandaag')).toBeNull();
  });
});

describe('navigation', () => {
  test('tabs switch views and move the focus to the new heading', async () => {
    await renderPane(sampleLedger(), { view: 'today' });
    await userEvent.click(screen.getByRole('tab', { name: 'Facturen' }));
    const h = await screen.findByRole('heading', { level: 2, name: 'Facturen' });
    expect(document.activeElement).toBe(h);
  });

  test('the Meer disclosure reaches the secondary views by keyboard, Escape closes it', async () => {
    await renderPane(sampleLedger(), { view: 'today' });
    const more = screen.getByRole('button', { name: 'Meer acties en instellingen' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.focus();
    await userEvent.keyboard('{Enter}');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('navigation', { name: 'Meer acties en instellingen' });
    const first = within(panel).getByRole('button', { name: 'Nieuwe factuur' });
    first.focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('navigation', { name: 'Meer acties en instellingen' })).toBeNull();
    expect(document.activeElement).toBe(more);
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    expect(document.activeElement).toBe(
      await screen.findByRole('heading', { level: 2, name: 'Instellingen' }),
    );
  });
});

describe('loading', () => {
  test('a failed read shows where and what to do, and Opnieuw lezen retries', async () => {
    const { fakeOperations, testBackend } = await import('./support/fakeOperations');
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../src/taskpane/App');
    const fake = fakeOperations(sampleLedger());
    let fail = true;
    const load = fake.ops.loadLedger;
    fake.ops.loadLedger = (book) =>
      fail ? Promise.reject(new Error('InvalidOperation: cell in edit mode')) : load(book);
    render(<App backend={testBackend()} operations={fake.ops} />);
    expect(await screen.findByText('De werkmap kon niet gelezen worden')).toBeTruthy();
    expect(screen.getByText(/cell in edit mode/)).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw lezen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Vandaag' })).toBeTruthy();
    expect(screen.queryByText('De werkmap kon niet gelezen worden')).toBeNull();
  });
});

describe("a first answer at hand (the demo's, computed at build)", () => {
  test('draws the first view with it, without reading; the next read goes to the book', async () => {
    const { fakeOperations, testBackend } = await import('./support/fakeOperations');
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../src/taskpane/App');
    const fake = fakeOperations(emptyLedger());
    const firstLoad = { ledger: sampleLedger(), missingParts: [], problems: [] };
    render(<App backend={testBackend()} operations={fake.ops} firstLoad={firstLoad} />);
    // The sample's reminders, though the book (the fake's empty ledger) has none.
    expect(await screen.findByText('Bakkerij De Korenaar')).toBeTruthy();
    expect(fake.state.loads).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Meer acties en instellingen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw lezen' }));
    expect(await screen.findByText(nl.today.noReminders)).toBeTruthy();
    expect(screen.queryByText('Bakkerij De Korenaar')).toBeNull();
    expect(fake.state.loads).toBe(1);
  });
});

describe('Sorteer werkmap', () => {
  test('sits on the heading line of Vandaag, after the heading, and reports its result there', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'today' });
    const heading = screen.getByRole('heading', { level: 2, name: 'Vandaag' });
    const button = screen.getByRole('button', { name: 'Sorteer werkmap' });
    expect(button.parentElement).toBe(heading.parentElement);
    expect(heading.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(button);
    expect(await screen.findByText('Werkmap bijgewerkt en gesorteerd.')).toBeTruthy();
    expect(fake.state.calls.map((c) => c.name)).toContain('refreshAndSort');
  });

  test('is not offered on views it does not belong to', async () => {
    await renderPane(sampleLedger(), { view: 'invoices' });
    expect(screen.queryByRole('button', { name: 'Sorteer werkmap' })).toBeNull();
  });
});
