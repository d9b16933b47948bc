/**
 * The receivables core in one page: build a small ledger, resolve a due date, read a status, draft
 * today's reminders and compute the overview metrics. "Today" is a parameter, never the clock.
 * Run it: npx tsx examples/core-example.ts
 */
import {
  defaultSettings,
  dueDateResolver,
  formatEuro,
  indexLedger,
  invoiceStatus,
  metrics,
  resolveTerm,
  todaysReminders,
  type Ledger,
} from '../src/domain';
import { isoDate } from '../src/domain/dates';
import { cents } from '../src/domain/money';

export function coreExample(today = isoDate('2026-03-16')): string[] {
  const ledger: Ledger = {
    customers: [
      { number: 'K1', name: 'Bakkerij De Korrel', contactName: 'Anna de Vries', kind: 'business', ibans: [] },
      { number: 'K2', name: 'Jan Jansen', kind: 'consumer', paymentTermDays: 14, ibans: [] },
    ],
    invoices: [
      // No term agreed with a business: the statutory 30 days. 2026-03-01 is a Sunday: not shifted.
      {
        number: 'F2026-001',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-01-30'),
        amountExclVat: cents(100_000),
        amountInclVat: cents(121_000),
      },
      {
        number: 'F2026-002',
        customerNumber: 'K2',
        invoiceDate: isoDate('2026-02-20'),
        amountExclVat: cents(20_000),
        amountInclVat: cents(24_200),
      },
    ],
    payments: [{ date: isoDate('2026-03-05'), invoiceNumber: 'F2026-002', amount: cents(24_200) }],
    contacts: [],
    arrangements: [],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      senderName: 'Sanne Noord',
    }),
  };
  const [korrel, jansen] = ledger.customers as [Ledger['customers'][number], Ledger['customers'][number]];
  const [first, second] = ledger.invoices as [Ledger['invoices'][number], Ledger['invoices'][number]];
  const index = indexLedger(ledger);
  const lines: string[] = [];

  const term = resolveTerm(first, korrel, ledger.settings);
  lines.push(`${first.number} due ${term.dueDate} (${term.source}, ${term.termDays} days)`);

  const status = invoiceStatus(first, index, korrel, ledger.settings, today);
  lines.push(
    `${first.number} on ${today}: ${status.kind}, ${status.daysOverdue} days, open ${formatEuro(status.open, 'en')}`,
  );
  lines.push(
    `${second.number} on ${today}: ${invoiceStatus(second, index, jansen, ledger.settings, today).kind}`,
  );

  for (const r of todaysReminders(ledger, today)) {
    lines.push(
      `reminder ${r.group.step.id} to ${r.group.customer.name}: ${r.draft ? r.draft.subject : `not drafted (${r.error?.message})`}`,
    );
  }

  const overview = metrics.overviewMetrics(ledger, {
    today,
    dueDateOf: dueDateResolver(ledger.customers, ledger.settings),
  });
  lines.push(
    `open ${formatEuro(overview.totals.openTotal, 'en')}, overdue ${formatEuro(overview.totals.overdueTotal, 'en')}, DSO ${overview.dso.dso ?? '-'} days`,
  );
  return lines;
}

if (process.argv[1]?.endsWith('core-example.ts')) console.log(coreExample().join('\n'));
