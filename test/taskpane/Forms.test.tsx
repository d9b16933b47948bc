/** @jest-environment jsdom */
import './setup';
import './support/patience';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Invoice, Payment, Settings } from '../../src/domain/model';
import type { DisputeUpdate, ReminderSent } from '../../src/taskpane/data/operations';
import { sampleLedger } from './support/fakeOperations';
import { renderPane } from './support/render';
import { isoDate } from '../../src/domain/dates';
import { cents } from '../../src/domain/money';

/** The Field wrapping a control: its validation message lives there. */
function fieldOf(label: string): HTMLElement {
  const control = screen.getByLabelText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  return control.closest('.fui-Field') as HTMLElement;
}

describe('Nieuwe factuur', () => {
  test('shows the due date it will get before saving, then saves the invoice', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'newInvoice' });
    await userEvent.selectOptions(screen.getByLabelText(/^Klant/), 'K003');
    // K003 agreed 14 days; invoice dated 30-11-2026 -> 14-12-2026.
    expect(await screen.findByText('Vervaldatum wordt 14-12-2026')).toBeTruthy();
    expect(screen.getByText(/termijn van de klant/)).toBeTruthy();
    expect((screen.getByLabelText(/^Factuurnummer/) as HTMLInputElement).value).toBe('F2026-006');
    await userEvent.type(screen.getByLabelText(/^Bedrag excl. btw/), '1.000,00');
    expect(screen.getByText(/Bedrag incl. btw: € 1\.210,00/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Factuur opslaan' }));
    expect(await screen.findByText('Factuur F2026-006 is toegevoegd.')).toBeTruthy();
    const call = fake.state.calls.find((c) => c.name === 'appendInvoice');
    expect(call?.arg).toEqual<Invoice>({
      number: 'F2026-006',
      customerNumber: 'K003',
      invoiceDate: isoDate('2026-11-30'),
      amountExclVat: cents(100000),
      amountInclVat: cents(121000),
    });
    // The next number is suggested for the next invoice.
    expect((screen.getByLabelText(/^Factuurnummer/) as HTMLInputElement).value).toBe('F2026-007');
  });

  test("suggests the next number of this year's series, not the biggest number of any year", async () => {
    const ledger = sampleLedger();
    const base = { customerNumber: 'K001', amountExclVat: cents(1000), amountInclVat: cents(1210) };
    ledger.invoices = [
      { ...base, number: '2025-0270', invoiceDate: isoDate('2025-12-20') },
      { ...base, number: '2026-0004', invoiceDate: isoDate('2026-10-02') },
      { ...base, number: '2026-0005', invoiceDate: isoDate('2026-11-01') },
    ];
    await renderPane(ledger, { view: 'newInvoice', customerNumber: 'K001' });
    const number = screen.getByLabelText(/^Factuurnummer/) as HTMLInputElement;
    expect(number.value).toBe('2026-0006');
    // Dated in the new year (and the number not touched): the new year's series starts.
    const date = screen.getByLabelText(/^Factuurdatum/);
    await userEvent.clear(date);
    await userEvent.type(date, '04-01-2027');
    expect(number.value).toBe('2027-0001');
    // A number the person typed stays theirs when the date changes.
    await userEvent.clear(number);
    await userEvent.type(number, 'X-1');
    await userEvent.clear(date);
    await userEvent.type(date, '05-01-2027');
    expect(number.value).toBe('X-1');
  });

  test('an agreed term over 60 days shows the legal warning', async () => {
    await renderPane(sampleLedger(), { view: 'newInvoice', customerNumber: 'K001' });
    await userEvent.type(screen.getByLabelText(/^Afwijkende termijn/), '90');
    expect(await screen.findByText('Vervaldatum wordt 28-02-2027')).toBeTruthy();
    expect(screen.getByText(/langer dan 60 dagen/)).toBeTruthy();
  });

  test('rejects a bad amount with a message at the amount field, and saves nothing', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'newInvoice', customerNumber: 'K001' });
    await userEvent.type(screen.getByLabelText(/^Bedrag excl. btw/), 'twaalf');
    await userEvent.click(screen.getByRole('button', { name: 'Factuur opslaan' }));
    expect(fieldOf('Bedrag excl. btw').textContent).toContain('Vul een bedrag in, bijvoorbeeld 1.250,00.');
    expect(screen.getByLabelText(/^Bedrag excl. btw/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Nog niet opgeslagen: verbeter de gemarkeerde velden.')).toBeTruthy();
    expect(fake.state.calls.filter((c) => c.name === 'appendInvoice')).toHaveLength(0);
  });

  test('refuses a duplicate number at the number field', async () => {
    await renderPane(sampleLedger(), { view: 'newInvoice', customerNumber: 'K001' });
    const number = screen.getByLabelText(/^Factuurnummer/);
    await userEvent.clear(number);
    await userEvent.type(number, 'F2026-001');
    await userEvent.type(screen.getByLabelText(/^Bedrag excl. btw/), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Factuur opslaan' }));
    expect(fieldOf('Factuurnummer').textContent).toContain('Factuur F2026-001 bestaat al.');
  });

  test('a failing write says what to do and keeps the input', async () => {
    await renderPane(
      sampleLedger(),
      { view: 'newInvoice', customerNumber: 'K001' },
      {},
      new Error('GeneralException: the workbook is locked'),
    );
    await userEvent.type(screen.getByLabelText(/^Bedrag excl. btw/), '250,00');
    await userEvent.type(screen.getByLabelText(/^Omschrijving/), 'Workshop');
    await userEvent.click(screen.getByRole('button', { name: 'Factuur opslaan' }));
    expect(await screen.findByText('Opslaan is niet gelukt')).toBeTruthy();
    expect(screen.getByText(/the workbook is locked/)).toBeTruthy();
    expect(screen.getByText(/Uw invoer staat er nog/)).toBeTruthy();
    expect((screen.getByLabelText(/^Bedrag excl. btw/) as HTMLInputElement).value).toBe('250,00');
    expect((screen.getByLabelText(/^Omschrijving/) as HTMLInputElement).value).toBe('Workshop');
  });
});

describe('Betaling registreren', () => {
  test('prefills the open amount of the chosen invoice and records the payment', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'payment', invoiceNumber: 'F2026-002' });
    expect(screen.getByText('Nog open op deze factuur: € 605,00')).toBeTruthy();
    const amount = screen.getByLabelText(/^Ontvangen bedrag/) as HTMLInputElement;
    expect(amount.value).toBe('605,00');
    await userEvent.clear(amount);
    await userEvent.type(amount, '200');
    await userEvent.click(screen.getByRole('button', { name: 'Betaling opslaan' }));
    expect(await screen.findByText('Betaling van € 200,00 op factuur F2026-002 is vastgelegd.')).toBeTruthy();
    const arg = fake.state.calls.find((c) => c.name === 'appendPayment')?.arg as Payment;
    expect(arg).toMatchObject({
      date: '2026-11-30',
      invoiceNumber: 'F2026-002',
      customerNumber: 'K001',
      amount: 20000,
      method: 'bank',
    });
    // After the re-read, the open amount reflects the payment.
    expect(await screen.findByText('Nog open op deze factuur: € 405,00')).toBeTruthy();
  });

  test('the date reads dd-mm-jjjj whatever the browser locale, is written out beside it, and is parsed like a typed cell', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'payment', invoiceNumber: 'F2026-002' });
    const date = screen.getByLabelText(/^Datum/) as HTMLInputElement;
    // A text field: type=date would follow the browser's UI locale (11/30/2026 in an en-US Chromium).
    expect(date.type).toBe('text');
    expect(date.value).toBe('30-11-2026');
    expect(fieldOf('Datum').textContent).toContain('maandag 30 november 2026');
    // The hint is the field's description for screen readers.
    const described = (date.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain('maandag 30 november 2026');
    await userEvent.clear(date);
    await userEvent.type(date, '3/11/26');
    expect(fieldOf('Datum').textContent).toContain('dinsdag 3 november 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Betaling opslaan' }));
    await screen.findByText(/is vastgelegd/);
    expect((fake.state.calls.find((c) => c.name === 'appendPayment')?.arg as Payment).date).toBe(
      '2026-11-03',
    );
  });

  test('a date it cannot read is refused at the date field, with the format to use', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'payment', invoiceNumber: 'F2026-002' });
    const date = screen.getByLabelText(/^Datum/);
    await userEvent.clear(date);
    await userEvent.type(date, '31-02-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Betaling opslaan' }));
    expect(fieldOf('Datum').textContent).toContain('Vul een datum in (dd-mm-jjjj).');
    expect(fake.state.calls).toHaveLength(0);
  });

  test('a zero amount is refused at the amount field', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'payment', invoiceNumber: 'F2026-002' });
    const amount = screen.getByLabelText(/^Ontvangen bedrag/);
    await userEvent.clear(amount);
    await userEvent.type(amount, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Betaling opslaan' }));
    expect(fieldOf('Ontvangen bedrag').textContent).toContain('Vul een bedrag groter dan nul in.');
    expect(fake.state.calls).toHaveLength(0);
  });
});

describe('Geschil', () => {
  test('records a dispute with its note, which pauses the ladder', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'dispute', invoiceNumber: 'F2026-002' });
    await userEvent.click(screen.getByRole('button', { name: 'Geschil opslaan' }));
    expect(fieldOf('Waar gaat het over?').textContent).toContain('Dit veld is verplicht.');
    await userEvent.type(screen.getByLabelText(/^Waar gaat het over/), 'Levering incompleet');
    await userEvent.click(screen.getByRole('button', { name: 'Geschil opslaan' }));
    expect(await screen.findByText('Geschil bij factuur F2026-002 is vastgelegd.')).toBeTruthy();
    expect(fake.state.calls.find((c) => c.name === 'setDispute')?.arg).toEqual<DisputeUpdate>({
      invoiceNumber: 'F2026-002',
      disputedSince: isoDate('2026-11-30'),
      disputeNote: 'Levering incompleet',
      disputeResolvedOn: undefined,
    });
    await userEvent.click(screen.getByRole('tab', { name: 'Vandaag' }));
    await screen.findByRole('heading', { level: 2, name: 'Vandaag' });
    expect(screen.queryByText(/1 factuur: F2026-002/)).toBeNull();
  });

  test('resolves an existing dispute', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'dispute', invoiceNumber: 'F2026-004' });
    expect(screen.getByText('Deze factuur is betwist sinds 01-10-2026.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Geschil opgelost' }));
    await screen.findByText('Geschil bij factuur F2026-004 is vastgelegd.');
    expect(fake.state.calls[0]?.arg).toMatchObject({
      invoiceNumber: 'F2026-004',
      disputedSince: '2026-10-01',
      disputeResolvedOn: '2026-11-30',
    });
  });
});

describe('Betalingsregeling', () => {
  test('suggests instalments that add up to the open amount, edits one, and saves', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'arrangement', invoiceNumber: 'F2026-002' });
    await userEvent.clear(screen.getByLabelText('Aantal termijnen'));
    await userEvent.type(screen.getByLabelText('Aantal termijnen'), '3');
    fireEvent.change(screen.getByLabelText('Eerste termijn op'), { target: { value: '2026-12-15' } });
    await userEvent.click(screen.getByRole('button', { name: 'Termijnen voorstellen' }));
    expect((screen.getByLabelText('Bedrag termijn 1') as HTMLInputElement).value).toBe('201,67');
    expect((screen.getByLabelText('Bedrag termijn 3') as HTMLInputElement).value).toBe('201,66');
    expect((screen.getByLabelText('Datum termijn 2') as HTMLInputElement).value).toBe('15-01-2027');
    expect(screen.getByText('Totaal € 605,00 van € 605,00 open')).toBeTruthy();
    // An amount that breaks the total warns, a bad one is refused at its field.
    const third = screen.getByLabelText('Bedrag termijn 3');
    await userEvent.clear(third);
    await userEvent.type(third, 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Regeling opslaan' }));
    expect(fieldOf('Bedrag termijn 3').textContent).toContain('Vul een bedrag groter dan nul in.');
    expect(
      screen.getByText('Het totaal van de termijnen is niet gelijk aan het openstaande bedrag.'),
    ).toBeTruthy();
    await userEvent.clear(third);
    await userEvent.type(third, '201,66');
    await userEvent.click(screen.getByRole('button', { name: 'Regeling opslaan' }));
    expect(await screen.findByText('Betalingsregeling voor factuur F2026-002 is vastgelegd.')).toBeTruthy();
    expect(fake.state.calls.find((c) => c.name === 'appendArrangement')?.arg).toEqual({
      invoiceNumber: 'F2026-002',
      agreedOn: '2026-11-30',
      instalments: [
        { dueDate: '2026-12-15', amount: 20167 },
        { dueDate: '2027-01-15', amount: 20167 },
        { dueDate: '2027-02-15', amount: 20166 },
      ],
    });
  });

  test('refuses to save without instalments', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'arrangement', invoiceNumber: 'F2026-002' });
    await userEvent.click(screen.getByRole('button', { name: 'Regeling opslaan' }));
    expect(screen.getByText('Voeg minstens één termijn toe.')).toBeTruthy();
    expect(fake.state.calls).toHaveLength(0);
  });
});

describe('Herinnering', () => {
  test('previews the draft, lets the user edit it, links to mail, and marks it as sent', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'reminder', customerNumber: 'K001' });
    const subject = screen.getByLabelText('Onderwerp') as HTMLInputElement;
    const body = screen.getByLabelText('Tekst') as HTMLTextAreaElement;
    expect(subject.value).toContain('F2026-002');
    expect(body.value).toContain('Jan de Vries');
    expect(body.value).toMatch(/€\s605,00/);
    expect(body.value).toContain('NL91 ABNA 0417 1643 00');
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Even een herinnering');
    const preview = screen.getByRole('heading', { name: 'Voorbeeld' }).closest('section') as HTMLElement;
    expect(preview.textContent).toContain('Even een herinnering');
    const mail = screen.getByRole('link', { name: 'Open in e-mail' }) as HTMLAnchorElement;
    expect(mail.getAttribute('href')).toMatch(
      /^mailto:jan@korenaar\.nl\?subject=Even%20een%20herinnering&body=/,
    );
    // Nothing is sent or logged until the user says so.
    expect(fake.state.calls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Markeer als verzonden' }));
    expect(
      await screen.findByText('Vastgelegd: herinnering aan Bakkerij De Korenaar is verzonden.'),
    ).toBeTruthy();
    expect(fake.state.calls.find((c) => c.name === 'markReminderSent')?.arg).toEqual<ReminderSent>({
      customerNumber: 'K001',
      invoiceNumbers: ['F2026-002'],
      stepId: 'herinnering-1',
      date: isoDate('2026-11-30'),
      channel: 'email',
      summary: 'Even een herinnering',
    });
    // The ladder moved on: K001 is no longer in today's plan.
    await waitFor(() => expect(screen.queryByRole('option', { name: /Bakkerij De Korenaar/ })).toBeNull());
  });

  test('copies subject and body to the clipboard', async () => {
    await renderPane(sampleLedger(), { view: 'reminder', customerNumber: 'K001' });
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Kopieer tekst' }));
    expect(await screen.findByText('De tekst staat op het klembord.')).toBeTruthy();
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text.startsWith(`${(screen.getByLabelText('Onderwerp') as HTMLInputElement).value}\n\n`)).toBe(
      true,
    );
  });

  test('without a company IBAN the draft fails with what to do', async () => {
    const ledger = sampleLedger();
    ledger.settings.companyIban = '';
    await renderPane(ledger, { view: 'reminder', customerNumber: 'K001' });
    expect(screen.getByText('De herinnering kon niet opgesteld worden')).toBeTruthy();
    expect(screen.getByText(/Vul bij Instellingen uw bedrijfsnaam en een geldig IBAN in/)).toBeTruthy();
  });
});

describe('Instellingen', () => {
  test('refuses an invalid IBAN at its field', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    const iban = screen.getByLabelText('IBAN');
    await userEvent.clear(iban);
    await userEvent.type(iban, 'NL91ABNA0417164301');
    await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(fieldOf('IBAN').textContent).toContain('Dit is geen geldig IBAN');
    expect(fake.state.calls).toHaveLength(0);
  });

  test('saves company, terms, ladder and switches through saveSettings', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    const iban = screen.getByLabelText('IBAN');
    await userEvent.clear(iban);
    await userEvent.type(iban, 'nl02abna0123456789');
    await userEvent.type(screen.getByLabelText(/^Betalingstermijn zakelijk/), '21');
    const after2 = screen.getByLabelText('Na (dagen) (Stap 2)');
    await userEvent.clear(after2);
    await userEvent.type(after2, '3');
    await userEvent.click(screen.getByRole('switch', { name: 'Wettelijke rente in rekening brengen' }));
    await userEvent.selectOptions(screen.getByLabelText('Toon van herinneringen'), 'informal');
    await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText('Opgeslagen in de werkmap.')).toBeTruthy();
    const saved = fake.state.calls.find((c) => c.name === 'saveSettings')?.arg as Settings;
    expect(saved.companyIban).toBe('NL02 ABNA 0123 4567 89');
    expect(saved.businessTermDays).toBe(21);
    expect(saved.chargeInterest).toBe(true);
    expect(saved.tone).toBe('informal');
    expect(saved.ladder?.map((s) => [s.id, s.afterDays])).toEqual([
      ['herinnering-1', 1],
      ['herinnering-2', 3],
      ['aanmaning', 1],
      ['incasso', 1],
    ]);
    expect(saved.companyName).toBe('Studio Klaver');
  });
});

describe('Werkmap inrichten', () => {
  test('shows truthfully what it added, what the person may add, what it kept and what it could not create', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'setup' });
    await userEvent.click(screen.getByRole('button', { name: 'Werkmap inrichten' }));
    expect(await screen.findByText('De werkmap is ingericht.')).toBeTruthy();
    expect(screen.getByText('Gekoppeld aan tabel Facturen op blad Facturen')).toBeTruthy();
    const line = (label: string) =>
      screen.getByText(new RegExp(`^${label}.*:`), { selector: 'span' }).parentElement?.textContent;
    expect(line('Herkende kolommen')).toContain('Factuurnummer, Klantnummer');
    expect(line('Toegevoegde kolommen')).toContain('Vervaldatum, Openstaand');
    // A column the person keeps is never said to be added.
    expect(line('Niet toegevoegd')).toContain('Leverdatum');
    expect(line('Niet toegevoegd')).toContain('Voeg deze kolommen zelf toe');
    expect(line('Toegevoegde kolommen')).not.toContain('Leverdatum');
    expect(line('Uw eigen kolommen')).toContain('Mijn kolom');
    expect(screen.queryByText(/Ontbrekende kolommen \(toegevoegd\)/)).toBeNull();
    expect(screen.getByText('Nieuw aangemaakt')).toBeTruthy();
    expect(screen.getByText('Niet aangemaakt')).toBeTruthy();
    expect(screen.getByText(/Betalingen: er is al een blad of tabel Betalingen/)).toBeTruthy();
    expect(screen.getByText(/In Facturen.Status staan getypte waarden/)).toBeTruthy();
    expect(fake.state.loads).toBe(2);
  });
});
