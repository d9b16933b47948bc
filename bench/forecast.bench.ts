/**
 * Back-test of the pay-date prediction (src/domain/forecast): on the demo's sample history (40
 * customers, two years of invoices, five payment habits; several seeds), predict as of past days
 * and compare each prediction with the day the invoice was in fact settled.
 *
 *   npx tsx bench/forecast.bench.ts [--seeds 5] [--every 7]
 *
 * As-of days run every `every` days from 15 months to 3 months before the sample's today, so each
 * has time to see its invoices paid. Per as-of day, every open invoice that the model dates from
 * history (not a dispute, a plan, or one without a usable history) and that was settled later is
 * scored, in whole days, against two baselines on the same invoices:
 * - "due date": paid on its due date;
 * - "customer average": the due date plus the customer's amount-weighted days late over the 12
 *   months before the as-of day (metrics.paymentBehaviour), else the trader's, else 0.
 * Invoices never settled by the sample's today cannot be scored and are counted apart. Printed:
 * mean absolute error in days per method, the ratio to the model's, and how often the true day
 * fell inside the model's 25–75% range (about half the time is what such a range promises).
 */
import { addDays, daysBetween, type IsoDate, isoDate } from '../src/domain/dates';
import { forecast } from '../src/domain/forecast';
import { indexLedger, settle } from '../src/domain/ledger';
import { paymentBehaviour, prepareLedger } from '../src/domain/metrics';
import { dueDateResolver } from '../src/domain/terms';
import { generateSampleData } from '../src/demo/sampleData';

const TODAY: IsoDate = isoDate('2026-11-30');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a whole number from 1`);
  return v;
}

const seeds = option('seeds', 5);
const every = option('every', 7);

interface Score {
  n: number;
  model: number;
  dueDate: number;
  customerAverage: number;
  inRange: number;
}
const total: Score = { n: 0, model: 0, dueDate: 0, customerAverage: 0, inRange: 0 };
let unsettled = 0;
let undated = 0;
let asOfDays = 0;

for (let s = 0; s < seeds; s++) {
  const { ledger } = generateSampleData({ today: TODAY, seed: 20_241_122 + s });
  const dueDateOf = dueDateResolver(ledger.customers, ledger.settings);
  const index = indexLedger(ledger);
  const settledOn = new Map<string, IsoDate | undefined>(
    ledger.invoices.map((inv) => [inv.number, settle(inv, index).settledOn]),
  );
  for (let asOf = addDays(TODAY, -456); asOf <= addDays(TODAY, -91); asOf = addDays(asOf, every)) {
    asOfDays += 1;
    const prepared = prepareLedger(ledger, { today: asOf, dueDateOf });
    const behaviour = paymentBehaviour(prepared);
    const avg = new Map(behaviour.customers.map((c) => [c.customerNumber, c.weightedDaysLate]));
    const { predictions } = forecast(ledger, { today: asOf, dueDateOf });
    for (const p of predictions) {
      const part = p.parts[0];
      if (p.basis !== 'customer' && p.basis !== 'habit') {
        undated += 1;
        continue;
      }
      const actual = settledOn.get(p.invoiceNumber);
      if (actual === undefined || part?.on == null) {
        unsettled += 1;
        continue;
      }
      const mean = avg.get(p.customerNumber) ?? behaviour.overall.weightedDaysLate ?? 0;
      total.n += 1;
      total.model += Math.abs(daysBetween(part.on, actual));
      total.dueDate += Math.abs(daysBetween(p.dueDate, actual));
      total.customerAverage += Math.abs(daysBetween(addDays(p.dueDate, Math.round(mean)), actual));
      if (part.earliest !== null && part.latest !== null && part.earliest <= actual && actual <= part.latest)
        total.inRange += 1;
    }
  }
}

const mae = (sum: number): string => (total.n > 0 ? (sum / total.n).toFixed(1) : '-');
const ratio = (sum: number): string => (total.model > 0 ? (sum / total.model).toFixed(2) : '-');
console.log(
  `back-test: ${seeds} sample ledgers × ${asOfDays / seeds} as-of days (every ${every} days); ` +
    `${total.n} predictions scored, ${unsettled} never settled, ${undated} without a day from history`,
);
console.log('method                      MAE (days)   × model');
console.log(
  `model (recency, shrinkage)  ${mae(total.model).padStart(10)}   ${ratio(total.model).padStart(7)}`,
);
console.log(
  `paid on the due date        ${mae(total.dueDate).padStart(10)}   ${ratio(total.dueDate).padStart(7)}`,
);
console.log(
  `customer average            ${mae(total.customerAverage).padStart(10)}   ${ratio(total.customerAverage).padStart(7)}`,
);
console.log(
  `true day inside the 25–75% range: ${total.n > 0 ? ((100 * total.inRange) / total.n).toFixed(0) : '-'}% of scored predictions`,
);
