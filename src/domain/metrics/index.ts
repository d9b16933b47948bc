/**
 * The insight a client file gives: receivables, DSO, dependency on customers, payment behaviour
 * and its change, revenue by month and product, days from delivery to invoice.
 *
 * Use: `const p = prepareLedger(ledger, { today, dueDateOf })`, then any metric on `p`; or
 * `overviewMetrics(ledger, { today, dueDateOf })` for all of them in one pass. Money is integer
 * cents, day figures are rounded to 0.1 day, shares are unrounded fractions 0..1.
 */
export { prepareLedger, customerRef } from './prepare';
export type {
  MetricsLedger,
  DueDateOf,
  PrepareOptions,
  PreparedLedger,
  PreparedInvoice,
  PaidFacts,
  CustomerRef,
  MetricAccumulator,
} from './prepare';
export { cachedDueDateOf } from './dueDates';
export { receivableTotals } from './totals';
export type { ReceivableTotals, OpenFigures, CustomerOpenFigures } from './totals';
export { dso, dsoHistory, dsoValue } from './dso';
export type { DsoPoint, DsoHistoryOptions } from './dso';
export { customerDependency, concentrationLabel } from './dependency';
export type {
  DependencyMetrics,
  DependencyOptions,
  CustomerRevenue,
  RevenueSeriesItem,
  ConcentrationLabel,
} from './dependency';
export { paymentBehaviour } from './behaviour';
export type {
  BehaviourMetrics,
  BehaviourOptions,
  BehaviourChange,
  BehaviourSignal,
  BehaviourReason,
  CustomerBehaviour,
  PaymentStats,
  QuarterBehaviour,
} from './behaviour';
export { revenueByMonth, revenueByProduct, NO_PRODUCT } from './revenue';
export type { RevenueByMonth, MonthRevenue, RevenueByProduct, ProductRevenue } from './revenue';
export { invoicingDelay } from './invoicingDelay';
export type { InvoicingDelay, InvoicingDelayOptions, DelayFigures, LateInvoicing } from './invoicingDelay';
export { receivableAging } from './aging';
export type { ReceivableAging } from './aging';
export { overviewMetrics, overviewOfPrepared } from './overview';
export type { OverviewMetrics, OverviewOptions } from './overview';
export { WINDOW_DAYS, trailingWindow, inWindow, recentMonthEnds, quarterOf } from './window';
export type { DateWindow } from './window';
