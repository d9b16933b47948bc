/**
 * From a loaded ledger to the HTML report's figures and chart series, with the core's metrics
 * (the text report prints the workbook layer's Overzicht blocks; the charts need series).
 */
import { forecastOfPrepared, type Forecast } from '../../domain/forecast';
import {
  cachedDueDateOf,
  overviewOfPrepared,
  prepareLedger,
  type OverviewMetrics,
} from '../../domain/metrics';
import type { Ledger } from '../../domain/model';
import type { IsoDate } from '../../domain/dates';
import { formatEuro, type Cents } from '../../domain/money';
import type { AgingBucket } from '../../domain/status';
import type { Datum } from './svg';
import type { ReportData } from './html';
import { ladderEffectOfPrepared, type LadderEffect } from '../../domain/effect';
import { ladderOf } from '../../domain/dunning';
import { effectTable } from './effectTable';

const MONTHS = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const BUCKETS: Record<AgingBucket, { nl: string; en: string }> = {
  'not-due': { nl: 'niet vervallen', en: 'not due' },
  '1-30': { nl: '1-30 d', en: '1-30 d' },
  '31-60': { nl: '31-60 d', en: '31-60 d' },
  '61-90': { nl: '61-90 d', en: '61-90 d' },
  '91-120': { nl: '91-120 d', en: '91-120 d' },
  '120+': { nl: '> 120 d', en: '> 120 d' },
};

export interface ReportResult {
  data: ReportData;
  /** The overview's metrics, and the forecast (pay dates per open invoice, cash per week) beside them for --json. */
  metrics: OverviewMetrics & { forecast: Forecast; ladderEffect: LadderEffect };
}

/** `ledger` as loadLedger gives it: its customers include placeholders for unknown numbers. */
export function buildReport(ledger: Ledger, today: IsoDate, rowErrors: string[]): ReportResult {
  const language = ledger.settings.language;
  const customers = ledger.customers;
  // The terms module's due dates, each distinct (customer, invoice date) question once; the aging
  // comes from the same pass (agingReport's buckets, property-tested in test/domain/metrics).
  const dueDateOf = cachedDueDateOf(new Map(customers.map((c) => [c.number, c])), ledger.settings);
  const prepared = prepareLedger(ledger, { today, dueDateOf });
  const metrics = overviewOfPrepared(prepared);
  const aging = metrics.aging;
  const ahead = forecastOfPrepared(prepared);
  const euro = (c: Cents): string => formatEuro(c, language);
  const pct = (x: number): string => `${(x * 100).toFixed(1).replace('.', language === 'nl' ? ',' : '.')}%`;
  const dependency: Datum[] = metrics.dependency.series.map((s) => ({
    label:
      s.kind === 'customer'
        ? (s.name ?? s.customerNumber)
        : language === 'nl'
          ? `overige (${s.customerCount})`
          : `other (${s.customerCount})`,
    value: s.share,
    display: pct(s.share),
  }));
  const behaviour: Datum[] = metrics.behaviour.customers
    .filter((c) => c.weightedDaysLate !== null)
    .map((c) => ({
      label: c.name ?? c.customerNumber,
      value: c.weightedDaysLate ?? 0,
      display: `${(c.weightedDaysLate ?? 0).toFixed(1)} d`,
    }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 15);
  const monthlyRevenue: Datum[] = metrics.revenueByMonth.months.map((m) => ({
    label: MONTHS[language][m.month - 1] ?? String(m.month),
    value: m.thisYear ?? 0,
    display: m.thisYear === null ? '' : euro(m.thisYear),
  }));
  const agingData: Datum[] = (Object.keys(BUCKETS) as AgingBucket[]).map((b) => ({
    label: BUCKETS[b][language],
    value: aging.buckets[b].open,
    display: euro(aging.buckets[b].open),
  }));
  const cash: Datum[] = ahead.cash.weeks.map((w) => ({
    label: `${w.start.slice(8, 10)}-${w.start.slice(5, 7)}`,
    value: w.expected,
    display: euro(w.expected),
  }));
  // What works per ladder step (docs/core-api.md): over the same prepared ledger.
  const ladderEffect = ladderEffectOfPrepared(prepared, {
    ladder: ladderOf(ledger.settings),
    settings: ledger.settings,
  });
  const t = metrics.totals;
  const L = language === 'nl';
  const figures = [
    { label: L ? 'Openstaand' : 'Outstanding', value: euro(t.openTotal) },
    { label: L ? 'Vervallen' : 'Overdue', value: euro(t.overdueTotal) },
    {
      label: 'DSO',
      value: metrics.dso.dso === null ? '-' : `${Math.round(metrics.dso.dso)} ${L ? 'dagen' : 'days'}`,
    },
    { label: L ? 'Grootste klant' : 'Largest customer', value: pct(metrics.dependency.top1Share) },
  ];
  return {
    metrics: { ...metrics, forecast: ahead, ladderEffect },
    data: {
      title: L ? 'Klant Inzicht: overzicht' : 'Klant Inzicht: overview',
      today,
      language,
      figures,
      dependency,
      behaviour,
      monthlyRevenue,
      aging: agingData,
      cash,
      cashRest: { later: euro(ahead.cash.later.amount), undated: euro(ahead.cash.undated.amount) },
      effect: effectTable(ladderEffect, language),
      rowErrors,
    },
  };
}
