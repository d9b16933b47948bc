import { useStore } from '../data/store';
import { useOverviewMetrics } from '../data/overviewMetrics';
import { useT } from '../i18n';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { ErrorBar } from '../components/ErrorBar';
import { ChartFrame, ColumnChart, HBarChart } from '../components/charts';
import { AGING_BUCKETS } from '../../domain/status';
import { customersAboveThreshold } from '../../domain/forecast';
import { FORECAST_TEXT } from '../i18n/forecast';
import { CashForecastSection } from './CashForecast';
import { LadderEffectSection } from './LadderEffect';

const MONTHS = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export function OverviewView() {
  const { t, f } = useT();
  const { derived, ledger } = useStore();
  const l = useLayout();
  const { overview: o, error: overviewError } = useOverviewMetrics();
  if (!derived || !ledger) return <ViewHeading>{t.views.overview}</ViewHeading>;
  if (ledger.invoices.length === 0) {
    return (
      <div className={l.stack}>
        <ViewHeading>{t.views.overview}</ViewHeading>
        <p>{t.overview.empty}</p>
      </div>
    );
  }
  const names = new Map(ledger.customers.map((c) => [c.number, c.name]));
  const months = MONTHS[f.language];
  const ft = FORECAST_TEXT[f.language];
  const threshold = ledger.settings.dependencyThresholdPercent;
  const above = o ? customersAboveThreshold(o.dependency, threshold) : new Set<string>();
  const isAbove = (s: { kind: string; customerNumber?: string }) =>
    s.kind === 'customer' && s.customerNumber !== undefined && above.has(s.customerNumber);
  const shareText = (s: { kind: string; customerNumber?: string; share: number }) =>
    isAbove(s) ? `${f.percent(s.share)} · ${ft.aboveMark}` : f.percent(s.share);
  const paid = (o?.behaviour.customers ?? []).flatMap((c) =>
    c.weightedDaysLate === null
      ? []
      : [
          {
            label: c.name ?? names.get(c.customerNumber) ?? c.customerNumber,
            value: c.weightedDaysLate,
            text: t.overview.relativeToDue(c.weightedDaysLate, f.number1(Math.abs(c.weightedDaysLate))),
          },
        ],
  );
  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.overview}</ViewHeading>
      {overviewError !== undefined && <ErrorBar title={t.overview.unavailable} error={overviewError} />}
      {o && (
        <>
          <div className={l.kpis}>
            <Kpi
              label={t.overview.open}
              value={f.money(o.totals.openTotal)}
              note={t.invoices.count(o.totals.openCount)}
            />
            <Kpi
              label={t.overview.overdue}
              value={f.money(o.totals.overdueTotal)}
              note={t.invoices.count(o.totals.overdueCount)}
            />
            <Kpi
              label={t.overview.dso}
              value={o.dso.dso === null ? t.common.none : t.overview.dsoValue(f.number1(o.dso.dso))}
              note={t.overview.dsoHelp}
            />
            <Kpi label={t.overview.disputed} value={f.money(o.totals.disputedOpen)} />
          </div>
          <ChartFrame
            title={t.overview.aging}
            table={{
              headers: [t.overview.bucket, t.overview.count, t.common.amount],
              rows: AGING_BUCKETS.map((b) => [
                t.overview.agingBuckets[b],
                String(derived.aging[b].count),
                f.money(derived.aging[b].open),
              ]),
            }}
          >
            <HBarChart
              items={AGING_BUCKETS.map((b) => ({
                label: t.overview.agingBuckets[b],
                value: derived.aging[b].open,
                text: f.money(derived.aging[b].open),
              }))}
            />
          </ChartFrame>
          <CashForecastSection />
          <LadderEffectSection />
          {o.dependency.series.length > 0 && (
            <>
              <p className={l.note}>
                {t.overview.dependencyTop(f.percent(o.dependency.top1Share))}
                {o.dependency.concentration && ` · ${t.overview.concentration[o.dependency.concentration]}`}
              </p>
              {above.size > 0 && (
                <p className={l.note} role="note" data-dependency-threshold>
                  {ft.dependencyAbove(f.percent(threshold / 100))}:{' '}
                  {o.dependency.customers
                    .filter((c) => above.has(c.customerNumber))
                    .map((c) => c.name ?? names.get(c.customerNumber) ?? c.customerNumber)
                    .join(', ')}
                  . {ft.dependencyWhy}
                </p>
              )}
              <ChartFrame
                title={t.overview.dependency}
                table={{
                  headers: [t.common.customer, t.overview.revenueCol, t.overview.share],
                  rows: o.dependency.series.map((s) => [
                    s.kind === 'customer'
                      ? (s.name ?? names.get(s.customerNumber) ?? s.customerNumber)
                      : t.overview.other(s.customerCount),
                    f.money(s.revenue),
                    shareText(s),
                  ]),
                }}
              >
                <HBarChart
                  items={o.dependency.series.map((s) => ({
                    label:
                      s.kind === 'customer'
                        ? (s.name ?? s.customerNumber)
                        : t.overview.other(s.customerCount),
                    value: s.share,
                    text: shareText(s),
                    marked: isAbove(s),
                  }))}
                />
              </ChartFrame>
            </>
          )}
          {paid.length > 0 && (
            <ChartFrame
              title={t.overview.behaviourChart}
              table={{
                headers: [t.common.customer, t.overview.behaviourCol],
                rows: paid.map((c) => [c.label, c.text]),
              }}
            >
              <HBarChart
                items={paid.slice(0, 10)}
                directions={{ below: t.overview.early, above: t.overview.late }}
              />
            </ChartFrame>
          )}
          <ChartFrame
            title={t.overview.revenue}
            table={{
              headers: [
                t.overview.month,
                `${t.overview.thisYear} (${o.revenueByMonth.year})`,
                `${t.overview.lastYear} (${o.revenueByMonth.year - 1})`,
              ],
              rows: o.revenueByMonth.months.map((m) => [
                months[m.month - 1] ?? String(m.month),
                m.thisYear === null ? t.common.none : f.money(m.thisYear),
                f.money(m.lastYear),
              ]),
            }}
          >
            <ColumnChart
              categories={o.revenueByMonth.months.map((m) => months[m.month - 1] ?? String(m.month))}
              formatTick={f.moneyCompact}
              series={[
                { name: t.overview.thisYear, values: o.revenueByMonth.months.map((m) => m.thisYear) },
                { name: t.overview.lastYear, values: o.revenueByMonth.months.map((m) => m.lastYear) },
              ]}
            />
          </ChartFrame>
        </>
      )}
    </div>
  );
}

function Kpi({ label, value, note }: { label: string; value: string; note?: string }) {
  const l = useLayout();
  return (
    <div className={l.kpi} data-kpi>
      <div className={l.muted}>{label}</div>
      <div className={l.kpiValue}>{value}</div>
      {note && <div className={l.muted}>{note}</div>}
    </div>
  );
}
