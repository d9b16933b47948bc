import { reminderFiles } from '../../src/cli/reminders';
import { defaultSettings, type ContactEntry, type Ledger } from '../../src/domain/model';
import { isoDate } from '../../src/domain/dates';
import { cents } from '../../src/domain/money';

const step = (
  date: string,
  invoiceNumber: string,
  ladderStep: string,
  customerNumber = 'K1',
): ContactEntry => ({
  date: isoDate(date),
  customerNumber,
  invoiceNumber,
  channel: 'email',
  ladderStep,
  summary: '',
});

function ledger(): Ledger {
  return {
    customers: [
      { number: 'K1', name: 'Dakwerken Noord', kind: 'business', ibans: [], email: 'info@dakwerken.example' },
      { number: 'K2', name: 'Oud BV', kind: 'business', ibans: [] },
    ],
    invoices: [
      // F1: two reminders sent, its final notice is due; F2: overdue, its first reminder is due.
      {
        number: 'F1',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-09-01'),
        amountExclVat: cents(100000),
        amountInclVat: cents(121000),
      },
      {
        number: 'F2',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-10-20'),
        amountExclVat: cents(50000),
        amountInclVat: cents(60500),
      },
      // K2's invoice fell due before the rate table starts: only K2 fails.
      {
        number: 'F9',
        customerNumber: 'K2',
        invoiceDate: isoDate('2001-11-01'),
        amountExclVat: cents(10000),
        amountInclVat: cents(10000),
      },
    ],
    payments: [],
    contacts: [
      step('2026-10-02', 'F1', 'herinnering-1'),
      step('2026-10-10', 'F1', 'herinnering-2'),
      step('2002-01-05', 'F9', 'herinnering-1', 'K2'),
      step('2002-01-15', 'F9', 'herinnering-2', 'K2'),
    ],
    arrangements: [],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      chargeInterest: true,
      chargeCollectionCosts: true,
    }),
  };
}

describe('reminderFiles (issue 12)', () => {
  it("writes one .eml per customer listing every overdue invoice; one customer's failure is reported alone", () => {
    const { files, failures } = reminderFiles(ledger(), isoDate('2026-11-23'));
    expect(files.map((f) => [f.fileName, f.customerNumber, f.stepId])).toEqual([
      ['2026-11-23_K1_aanmaning.eml', 'K1', 'aanmaning'],
    ]);
    const eml = files[0]!.eml;
    expect(eml).toContain('F1');
    expect(eml).toContain('F2');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ customerNumber: 'K2', stepId: 'aanmaning' });
    expect(failures[0]?.why).toMatch(/2001-12-02/);
  });
});
