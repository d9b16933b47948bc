/**
 * The overview metrics (totals, DSO, dependency, payment behaviour, revenue by month) for the
 * views that show them. Not part of derive(): "Vandaag" does not need them, and the metrics module
 * is among the largest of the core; imported only by lazy views, it stays out of the pane's first
 * chunk. Computed once per (ledger, today), shared by Overzicht and the customer card. The index
 * derive() made for the statuses is passed on, so a refresh indexes the ledger once.
 */
import type { IsoDate } from '../../domain/dates';
import { cachedDueDateOf, overviewMetrics, type OverviewMetrics } from '../../domain/metrics';
import type { LedgerIndex } from '../../domain/ledger';
import type { Ledger } from '../../domain/model';
import { useStore } from './store';

export interface OverviewResult {
  overview?: OverviewMetrics;
  error?: unknown;
}

const cache = new WeakMap<Ledger, { today: IsoDate; result: OverviewResult }>();

function computeOverview(ledger: Ledger, today: IsoDate, index?: LedgerIndex): OverviewResult {
  const hit = cache.get(ledger);
  if (hit && hit.today === today) return hit.result;
  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  // An invoice naming an unknown customer costs that invoice, never the whole overview.
  const known = ledger.invoices.filter((i) => customers.has(i.customerNumber));
  let result: OverviewResult;
  try {
    result = {
      overview: overviewMetrics(
        { ...ledger, invoices: known },
        {
          today,
          ...(index ? { index } : {}),
          dueDateOf: cachedDueDateOf(customers, ledger.settings),
        },
      ),
    };
  } catch (error) {
    result = { error };
  }
  cache.set(ledger, { today, result });
  return result;
}

/** The metrics of the ledger the store holds, as of the store's today. */
export function useOverviewMetrics(): OverviewResult {
  const { ledger, today, derived } = useStore();
  return ledger ? computeOverview(ledger, today, derived?.index) : {};
}
