/**
 * Overzicht's forecast: the cash of the next 13 weeks as a chart with its table, and the expected
 * payment date of the largest open invoices, always with its range or the plain reason there is none.
 * Computed once per (ledger, today), as the overview metrics are.
 */
import type { IsoDate } from '../../domain/dates';
import { forecast, type Forecast, type PayDatePrediction } from '../../domain/forecast';
import type { LedgerIndex } from '../../domain/ledger';
import { cachedDueDateOf } from '../../domain/metrics';
import type { Ledger } from '../../domain/model';
import { ChartFrame, HBarChart } from '../components/charts';
import { ErrorBar } from '../components/ErrorBar';
import { useLayout } from '../components/layout';
import { useStore } from '../data/store';
import { useT, type Formatters } from '../i18n';
import { FORECAST_TEXT, type ForecastMessages } from '../i18n/forecast';
import { addCents, cents } from '../../domain/money';

const cache = new WeakMap<Ledger, { today: IsoDate; result: { forecast?: Forecast; error?: unknown } }>();

function computeForecast(ledger: Ledger, today: IsoDate, index?: LedgerIndex) {
  const hit = cache.get(ledger);
  if (hit && hit.today === today) return hit.result;
  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  // As the overview: an invoice naming an unknown customer costs that invoice only.
  const known = ledger.invoices.filter((i) => customers.has(i.customerNumber));
  let result: { forecast?: Forecast; error?: unknown };
  try {
    result = {
      forecast: forecast(
        { ...ledger, invoices: known },
        { today, ...(index ? { index } : {}), dueDateOf: cachedDueDateOf(customers, ledger.settings) },
      ),
    };
  } catch (error) {
    result = { error };
  }
  cache.set(ledger, { today, result });
  return result;
}

/** The few invoices that matter most to the trader's cash: the largest open amounts. */
const SHOWN_INVOICES = 10;

export function CashForecastSection() {
  const { t, f } = useT();
  const m = FORECAST_TEXT[f.language];
  const l = useLayout();
  const { ledger, today, derived } = useStore();
  if (!ledger) return null;
  const { forecast: fc, error } = computeForecast(ledger, today, derived?.index);
  if (error !== undefined) return <ErrorBar title={t.overview.unavailable} error={error} />;
  if (!fc) return null;
  const cash = fc.cash;
  const sum = (key: 'expected' | 'low' | 'high' | 'fromOverdue') =>
    cash.weeks.reduce((s, w) => addCents(s, w[key]), cents(0));
  const label = (i: number, start: IsoDate) => m.weekLabel(i + 1, f.dateMedium(start));
  const names = new Map(ledger.customers.map((c) => [c.number, c.name]));
  const largest = [...fc.predictions].sort((a, b) => b.open - a.open).slice(0, SHOWN_INVOICES);
  return (
    <>
      <ChartFrame
        title={m.cashTitle}
        table={{
          headers: [m.week, m.expected, m.low, m.high, m.fromOverdue],
          rows: [
            ...cash.weeks.map((w, i) => [
              label(i, w.start),
              f.money(w.expected),
              f.money(w.low),
              f.money(w.high),
              f.money(w.fromOverdue),
            ]),
          ],
        }}
      >
        <HBarChart
          items={cash.weeks.map((w, i) => ({
            label: label(i, w.start),
            value: w.expected,
            text: f.money(w.expected),
          }))}
        />
      </ChartFrame>
      <p className={l.note} data-cash-summary>
        {m.cashSummary(f.money(sum('expected')), f.money(sum('low')), f.money(sum('high')))}{' '}
        {m.overdueUncertain(f.money(sum('fromOverdue')))} {m.later(f.money(cash.later.amount))}{' '}
        {m.undated(f.money(cash.undated.amount))}
      </p>
      {largest.length > 0 && (
        <section className={l.section} aria-label={m.payDatesTitle}>
          <h3 className={l.h3}>{m.payDatesTitle}</h3>
          <ul className={l.list}>
            {largest.map((p) => (
              <li key={p.invoiceNumber} className={l.item} data-prediction={p.invoiceNumber}>
                <div className={l.between}>
                  <span className={l.strong}>
                    {p.invoiceNumber} · {names.get(p.customerNumber) ?? p.customerNumber}
                  </span>
                  <span>{f.money(p.open)}</span>
                </div>
                <div>{when(p, m, f)}</div>
                <div className={l.muted}>{m.basis[p.basis](p.customerPaidCount)}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The expected day with its range; without a day, nothing here (the basis line says why). */
function when(p: PayDatePrediction, m: ForecastMessages, f: Formatters): string {
  const dated = p.parts.filter((x) => x.on !== null);
  const first = dated[0];
  if (!first || first.on === null) return '—';
  const last = dated[dated.length - 1] ?? first;
  return `${m.expectedOn} ${f.dateMedium(first.on)} · ${m.between(
    f.dateMedium(first.earliest ?? first.on),
    f.dateMedium(last.latest ?? last.on ?? first.on),
  )}`;
}
