/**
 * The aging of open receivables from the prepared ledger, in the same pass as the other metrics:
 * the buckets agingReport (status.ts) gives, without a status per invoice. Which invoices count
 * and their days past due are decided once in prepareLedger (columns.agingOpen); the due date
 * is the caller's `dueDateOf`, so with the terms module's resolver the figures are agingReport's.
 */
import { AGING_BUCKETS, agingBucket, type AgingBucket, type AgingLine } from '../status';
import { requirePrepared, runAccumulator, type MetricAccumulator, type PreparedLedger } from './prepare';
import { addCents, cents } from '../money';

export interface ReceivableAging {
  buckets: Record<AgingBucket, AgingLine>;
  total: AgingLine;
}

export function agingAccumulator(prepared: PreparedLedger): MetricAccumulator<ReceivableAging> {
  const { agingOpen, agingDaysOverdue } = prepared.columns;
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, { count: 0, open: cents(0) }])) as Record<
    AgingBucket,
    AgingLine
  >;
  const total: AgingLine = { count: 0, open: cents(0) };
  return {
    add(at) {
      const open = cents(agingOpen[at] as number);
      if (open <= 0) return;
      const line = buckets[agingBucket(agingDaysOverdue[at] as number)];
      line.count += 1;
      line.open = addCents(line.open, open);
      total.count += 1;
      total.open = addCents(total.open, open);
    },
    finish: () => ({ buckets, total }),
  };
}

/** Open receivables per age bucket as of the prepared day. */
export function receivableAging(prepared: PreparedLedger): ReceivableAging {
  requirePrepared(prepared);
  return runAccumulator(prepared, agingAccumulator(prepared));
}
