/**
 * The payment QR of a statement: the overdue part when something is overdue, else the whole
 * closing balance; never the disputed money (a payment request for what the customer contests
 * would undo the dispute). The remittance follows the reminder's rule (reminderRemittance).
 */
import { maxCents, subtractCents, sumCents, ZERO_CENTS, type Cents } from '../money';
import type { Settings } from '../model';
import { epcPayload, type EpcResult } from '../payment/epcQr';
import { reminderRemittance } from '../payment/reminderQr';
import type { ClosingItem, Statement } from './types';

export interface StatementQr {
  basis: 'overdue' | 'closing';
  amount: Cents;
  invoices: ClosingItem[];
  result: EpcResult;
}

const undisputed = (i: ClosingItem) => !i.notes.some((n) => n.kind === 'disputed');

export function statementQr(
  statement: Statement,
  settings: Pick<Settings, 'companyIban' | 'companyName'> &
    Partial<Pick<Settings, 'senderName' | 'companyBic'>>,
): StatementQr {
  const { closing } = statement;
  const overdue = closing.overdue.undisputed > 0;
  const invoices = (overdue ? closing.overdue.invoices : closing.open).filter(undisputed);
  const disputed = sumCents(closing.open.filter((i) => !undisputed(i)).map((i) => i.open));
  const amount = overdue
    ? closing.overdue.undisputed
    : maxCents(ZERO_CENTS, subtractCents(closing.balance, disputed));
  const result = epcPayload({
    iban: settings.companyIban,
    ...(settings.companyBic ? { bic: settings.companyBic } : {}),
    name: settings.companyName.trim() || settings.senderName?.trim() || '',
    amountCents: amount,
    ...reminderRemittance(
      invoices.map((i) => ({
        number: i.number,
        openCents: i.open,
        ...(i.paymentReference ? { paymentReference: i.paymentReference } : {}),
      })),
      statement.customer.number,
      statement.language,
    ),
  });
  return { basis: overdue ? 'overdue' : 'closing', amount, invoices, result };
}
