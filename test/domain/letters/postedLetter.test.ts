/** A letter logged as posted (Contact channel letter) moves the ladder's next step by the letter's receipt rule. */
import { dunningState } from '../../../src/domain/ladder/state';
import { indexLedger } from '../../../src/domain/ledger';
import type { ContactChannel, Ledger } from '../../../src/domain/model';
import { assumedReceipt } from '../../../src/domain/calendar/receipt';
import { LETTER_TODAY, letterLedger } from './letterLedger';
import { isoDate } from '../../../src/domain/dates';

function afterFinal(channel: ContactChannel): Ledger {
  const ledger = letterLedger();
  ledger.contacts.push({
    date: LETTER_TODAY,
    customerNumber: 'K2',
    invoiceNumber: 'F3',
    channel,
    ladderStep: 'aanmaning',
    summary: '',
  });
  return ledger;
}

function nextStepDue(ledger: Ledger): string {
  const invoice = ledger.invoices.find((i) => i.number === 'F3')!;
  const customer = ledger.customers.find((c) => c.number === 'K2')!;
  const state = dunningState(invoice, indexLedger(ledger), customer, ledger.settings, isoDate('2026-11-24'));
  if (state.kind !== 'waiting') throw new Error(`expected waiting, got ${state.kind}`);
  return state.dueOn;
}

describe('a posted 14-day letter', () => {
  it('counts its fourteen days from the letter’s receipt, later than an e-mail’s', () => {
    // Posted Monday 23 November 2026: PostNL's second delivery day is Wednesday the 25th.
    expect(assumedReceipt(LETTER_TODAY, 'letter')).toBe('2026-11-25');
    const byPost = nextStepDue(afterFinal('letter'));
    const byMail = nextStepDue(afterFinal('email'));
    expect(byPost > byMail).toBe(true);
  });
});
