/**
 * The aging of open receivables from the prepared ledger, in the same pass as the other metrics:
 * the buckets agingReport (status.ts) gives, without a status per invoice. Which invoices count
 * and their days past due are decided once in prepareLedger (PreparedInvoice.aging); the due date
 * is the caller's `dueDateOf`, so with the terms module's resolver the figures are agingReport's.
 */
import { AGING_BUCKETS, agingBucket, type AgingBucket, type AgingLine } from '../status';
import { runAccumulator, type MetricAccumulator, type PreparedLedger } from './prepare';

export interface ReceivableAging {
  buckets: Record<AgingBucket, AgingLine>;
  total: AgingLine;
}

export function agingAccumulator(): MetricAccumulator<ReceivableAging> {
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, { count: 0, open: 0 }])) as Record<
    AgingBucket,
    AgingLine
  >;
  const total: AgingLine = { count: 0, open: 0 };
  return {
    add(doc) {
      const a = doc.aging;
      if (!a) return;
      const line = buckets[agingBucket(a.daysOverdue)];
      line.count += 1;
      line.open += a.open;
      total.count += 1;
      total.open += a.open;
    },
    finish: () => ({ buckets, total }),
  };
}

/** Open receivables per age bucket as of the prepared day. */
export function receivableAging(prepared: PreparedLedger): ReceivableAging {
  return runAccumulator(prepared, agingAccumulator());
}
