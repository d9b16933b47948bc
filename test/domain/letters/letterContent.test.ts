import { todaysReminders } from '../../../src/domain/actions';
import { addressBlock, letterContent, letterKind } from '../../../src/domain/letters';
import type { Ledger } from '../../../src/domain/model';
import { LETTER_TODAY, letterLedger } from './letterLedger';

function letters(ledger: Ledger, today = LETTER_TODAY) {
  return todaysReminders(ledger, today).map((a) => {
    if (!a.input || !a.draft) throw new Error(`no draft for ${a.group.customerNumber}: ${a.error?.message}`);
    const customer = ledger.customers.find((c) => c.number === a.group.customerNumber)!;
    return {
      draft: a.draft,
      letter: letterContent({ input: a.input, draft: a.draft, customer, settings: ledger.settings, today }),
    };
  });
}

describe('letterContent', () => {
  it('keeps the reminder’s own text, with the invoice list as a table that adds the days overdue', () => {
    const [k1] = letters(letterLedger());
    const { letter, draft } = k1!;
    expect(letter.kind).toBe('final-notice');
    expect(letter.subject).toBe(draft.subject);
    expect(letter.invoices).toEqual([
      {
        number: 'F1',
        invoiceDate: '01-09-2026',
        dueDate: '01-10-2026',
        daysOverdue: 53,
        open: expect.stringContaining('3.000,00'),
        openCents: 300000,
      },
      {
        number: 'F2',
        invoiceDate: '05-09-2026',
        dueDate: '05-10-2026',
        daysOverdue: 49,
        open: expect.stringContaining('1.000,00'),
        openCents: 100000,
      },
    ]);
    expect(letter.totalCents).toBe(400000);
    expect(letter.total).toContain('4.000,00');
    // Every paragraph of the letter is the draft's; nothing is written twice.
    const text = [...letter.before, ...letter.after].join('\n\n');
    for (const p of [...letter.before, ...letter.after]) expect(draft.body).toContain(p);
    expect(text).not.toMatch(/F1.*01-09-2026/);
    expect(letter.before[0]).toBe(draft.salutation);
    expect(letter.after.at(-1)).toBe('Met vriendelijke groet,');
    expect(text).not.toContain('anna@studionoord.example');
    expect(letter.signature).toEqual(['Anna de Boer', 'Studio Noord']);
  });

  it('makes the consumer’s final notice with collection costs the 14-day letter, with the statutory wording', () => {
    const [, k2] = letters(letterLedger());
    const { letter, draft } = k2!;
    expect(letter.kind).toBe('fourteen-day-letter');
    const after = letter.after.join('\n\n');
    expect(after).toContain('binnen 14 dagen na de dag van ontvangst van deze brief');
    expect(after).toContain('buitengerechtelijke incassokosten');
    expect(draft.body).toContain(after.split('\n\n')[0]!);
  });

  it('addresses the window as PostNL asks, with the country only for mail abroad', () => {
    const [k1, k2] = letters(letterLedger());
    expect(k1!.letter.address).toEqual({
      lines: ['Bakkerij Jansen', 'T.a.v. Els Jansen', 'Dorpsstraat 12a', '3511 AB  UTRECHT'],
      missing: [],
    });
    expect(k2!.letter.address.lines).toEqual(['P. de Vries', 'Kerkstraat 1', '2000  ANTWERPEN', 'BELGIË']);
  });

  it('says which address fields are missing', () => {
    expect(addressBlock({ name: 'X', kind: 'consumer', city: 'Gent' }, 'BE', 'nl')).toEqual({
      lines: ['X', 'GENT'],
      missing: ['street', 'postcode'],
    });
    expect(
      addressBlock(
        { name: 'X', kind: 'consumer', street: 'A 1', postcode: '1000', city: 'Brussel', country: 'Belgium' },
        'BE',
        'en',
      ).lines,
    ).toEqual(['X', 'A 1', '1000  BRUSSEL']);
  });

  it('puts the letterhead, place and date, and the QR from the settings', () => {
    const [k1] = letters(letterLedger());
    const { letter } = k1!;
    expect(letter.letterhead).toEqual({
      name: 'Studio Noord',
      address: ['Markt 3', '1011 AA Amsterdam'],
      contact: ['Tel. 020-1234567', 'anna@studionoord.example'],
      registration: ['KvK 12345678', 'Btw-nr. NL001234567B01', 'IBAN NL91ABNA0417164300'],
    });
    expect(letter.placeAndDate).toBe('Amsterdam, 23 november 2026');
    expect(letter.qr).toEqual({ payload: expect.stringContaining('NL91ABNA0417164300') });
  });

  it('writes English and informal letters from the same drafts, with Belgian registration labels', () => {
    const ledger = letterLedger({
      language: 'en',
      tone: 'informal',
      country: 'BE',
      enterpriseNumber: '0123456789',
      chargeInterest: false,
    });
    const [k1, k2] = letters(ledger);
    expect(k1!.letter.language).toBe('en');
    expect(k1!.letter.tone).toBe('informal');
    expect(k1!.letter.labels.subject).toBe('Subject');
    expect(k1!.letter.placeAndDate).toBe('Amsterdam, 23 November 2026');
    expect(k1!.letter.letterhead.registration[0]).toBe('Enterprise no. 0123456789');
    expect(k1!.letter.after.at(-1)).toBe('Best wishes,');
    // Belgium: a consumer's final notice is no Dutch 14-day letter, and België is home.
    expect(k2!.letter.kind).toBe('final-notice');
    expect(k2!.letter.address.lines).not.toContain('BELGIË');
  });

  it('leaves an earlier reminder a plain reminder', () => {
    expect(
      letterKind({
        step: { id: 'h1', kind: 'friendly', offerPaymentPlan: false },
        customer: { number: 'K', name: 'K', kind: 'consumer' },
        settings: letterLedger().settings,
      }),
    ).toBe('reminder');
  });
});
