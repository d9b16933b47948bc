/**
 * The Overzicht sheet as named blocks (KPIs, aging, per customer, revenue by month and product,
 * dependency, payment behaviour, today's actions) and the charts bound to them. Pure: the refresh
 * operation hands the blocks to replaceSheet and the charts to upsertChart. Blocks are stacked in
 * column A; each chart sits beside its block, so rerunning updates charts in place (by name).
 */
import type { IsoDate } from '../../domain/dates';
import { cents } from '../../domain/money';
import { dunningPlan, dunningState, type DunningGroup, type DunningState } from '../../domain/dunning';
import { indexLedger } from '../../domain/ledger';
import {
  cachedDueDateOf,
  NO_PRODUCT,
  overviewOfPrepared,
  prepareLedger,
  type OverviewMetrics,
} from '../../domain/metrics';
import type { Customer, Invoice, Language, Ledger } from '../../domain/model';
import { AGING_BUCKETS, agingReport, type AgingReport } from '../../domain/status';
import type { Cell, ChartSpec, SheetBlock } from '../book';
import { centsToCell, isoToSerial } from '../cells';
import { columnLetter } from '../a1';
import { DATE_FORMAT, EURO_FORMAT, INT_FORMAT } from '../schema';
import { forecastOfPrepared } from '../../domain/forecast';
import { addForecastBlock } from './overviewForecast';
import { ladderEffectOfPrepared } from '../../domain/effect';
import { ladderOf } from '../../domain/dunning';
import { addEffectBlock } from './overviewEffect';
import { MONTHS, STEP_LABELS, stepText, T, type L } from './overviewText';

const PERCENT = '0%';
const DAYS = '0.0';

interface OverviewInput {
  today: IsoDate;
  language: Language;
  dateSystem: 1900 | 1904;
  metrics: OverviewMetrics;
  aging: AgingReport;
  plan: DunningGroup[];
  customers: readonly Customer[];
  /** Next step text per customer (from the invoices' ladder states). */
  nextStepByCustomer: Map<string, string>;
}

/**
 * The overview keeps one cell free for the ribbon's result line: row 2, between the title and the
 * first block. It is reserved at the top, so no block can grow into it however many customers
 * there are; the ribbon finds the sheet by OVERVIEW_MARKER (a workbook-scoped defined name every
 * overview carries), so it needs neither the sheet's name nor Office's UI language.
 */
export const OVERVIEW_STATUS_CELL = 'A2';
/** The defined name of the KPI block: present on every overview this product wrote. */
export const OVERVIEW_MARKER = 'KI_Kengetallen';
/** First row a block may use: below the title (row 1) and the status line (row 2). */
const FIRST_BLOCK_ROW = 3;

/** Named blocks (defined names are language-independent) and the charts bound to them. */
interface OverviewLayout {
  blocks: SheetBlock[];
  charts: ChartSpec[];
}

function buildOverview(input: OverviewInput): OverviewLayout {
  const lang = input.language;
  const t = (l: L): string => l[lang];
  const m = input.metrics;
  const blocks: SheetBlock[] = [];
  const charts: ChartSpec[] = [];
  let row = 1;
  const place = (
    values: Cell[][],
    name: string | undefined,
    numberFormats?: (string | null)[],
    cellNumberFormats?: (string | null)[][],
  ): { start: number; end: number; width: number; empty: boolean } => {
    const empty = values.length <= 1;
    if (empty) values = orNoData(values);
    const b: SheetBlock = { at: `A${row}`, values, bold: 'firstRow' };
    if (name) b.name = name;
    if (numberFormats) b.numberFormats = numberFormats;
    if (cellNumberFormats) b.cellNumberFormats = cellNumberFormats;
    blocks.push(b);
    const start = row;
    row += values.length + 2;
    return {
      start,
      end: start + values.length - 1,
      width: Math.max(...values.map((v) => v.length)),
      empty,
    };
  };
  /** A block with only its header gets a "no data yet" line instead of rows. */
  const orNoData = (values: Cell[][]): Cell[][] =>
    values.length > 1
      ? values
      : [...values, [t(T.noData), ...Array<Cell>((values[0]?.length ?? 1) - 1).fill(null)]];
  const chart = (
    name: string,
    type: ChartSpec['type'],
    title: string,
    at: { start: number; end: number; empty?: boolean },
    lastColumn: number,
  ): void => {
    // No chart over an empty block: it would plot the header's text.
    if (at.empty) return;
    const height = Math.max(at.end - at.start + 1, 14);
    charts.push({
      name,
      type,
      title,
      source: `A${at.start}:${columnLetter(lastColumn)}${at.end}`,
      from: `K${at.start}`,
      to: `R${at.start + height}`,
    });
  };

  blocks.push({
    at: 'A1',
    values: [
      [`${t(T.title)} ${input.today.slice(8, 10)}-${input.today.slice(5, 7)}-${input.today.slice(0, 4)}`],
    ],
    bold: 'all',
  });
  row = FIRST_BLOCK_ROW;
  const tot = m.totals;
  place(
    [
      [t(T.kpi), t(T.value)],
      [t(T.open), centsToCell(tot.openTotal)],
      [t(T.overdue), centsToCell(tot.overdueTotal)],
      [t(T.openCount), tot.openCount],
      [t(T.overdueCount), tot.overdueCount],
      [t(T.dso), m.dso.dso === null ? null : Math.round(m.dso.dso * 10) / 10],
      [t(T.disputed), centsToCell(tot.disputedOpen)],
      [t(T.unallocated), centsToCell(tot.unallocatedPayments)],
    ],
    OVERVIEW_MARKER,
    [null, null],
    // One value column holding euros, counts and days: formatted per row.
    [
      [],
      [null, EURO_FORMAT],
      [null, EURO_FORMAT],
      [null, INT_FORMAT],
      [null, INT_FORMAT],
      [null, DAYS],
      [null, EURO_FORMAT],
      [null, EURO_FORMAT],
    ],
  );

  const bucketLabel = (b: string): string => (b === 'not-due' ? t(T.notDue) : `${b} ${t(T.days)}`);
  const aging = place(
    [
      [t(T.age), t(T.amount), t(T.count)],
      ...AGING_BUCKETS.map((b) => [
        bucketLabel(b),
        centsToCell(input.aging.buckets[b].open),
        input.aging.buckets[b].count,
      ]),
    ],
    'KI_Ouderdom',
    [null, EURO_FORMAT, '0'],
  );
  chart('KI_Grafiek_Ouderdom', 'column', t(T.chartAging), aging, 2);

  // Per customer: revenue, share, payment behaviour, open, overdue, next step.
  const byNumber = new Map(input.customers.map((c) => [c.number, c]));
  const rev = new Map(m.dependency.customers.map((c) => [c.customerNumber, c]));
  const beh = new Map(m.behaviour.customers.map((c) => [c.customerNumber, c]));
  const open = new Map(m.totals.byCustomer.map((c) => [c.customerNumber, c]));
  const numbers = [...new Set([...rev.keys(), ...open.keys(), ...beh.keys()])].sort(
    (a, b) =>
      (open.get(b)?.netOpen ?? 0) - (open.get(a)?.netOpen ?? 0) ||
      (rev.get(b)?.revenue ?? 0) - (rev.get(a)?.revenue ?? 0) ||
      a.localeCompare(b),
  );
  place(
    [
      [
        t(T.customer),
        t(T.name),
        t(T.revenue),
        t(T.share),
        t(T.daysLate),
        t(T.onTime),
        t(T.open),
        t(T.overdue),
        t(T.nextStep),
      ],
      ...numbers.map((n) => [
        n,
        byNumber.get(n)?.name ?? n,
        centsToCell(rev.get(n)?.revenue ?? cents(0)),
        rev.get(n)?.share ?? 0,
        beh.get(n)?.weightedDaysLate ?? null,
        beh.get(n)?.onTimeShareByCount ?? null,
        centsToCell(open.get(n)?.openTotal ?? cents(0)),
        centsToCell(open.get(n)?.overdueTotal ?? cents(0)),
        input.nextStepByCustomer.get(n) ?? '',
      ]),
    ],
    'KI_Klanten',
    [null, null, EURO_FORMAT, PERCENT, DAYS, PERCENT, EURO_FORMAT, EURO_FORMAT, null],
  );

  const dep = place(
    [
      [t(T.customer), t(T.revenue)],
      ...m.dependency.series.map((s) => [
        s.kind === 'other' ? `${t(T.other)} (${s.customerCount})` : (s.name ?? s.customerNumber),
        centsToCell(s.revenue),
      ]),
    ],
    'KI_Afhankelijkheid',
    [null, EURO_FORMAT],
  );
  chart('KI_Grafiek_Afhankelijkheid', 'bar', t(T.chartDependency), dep, 2);

  const paid = m.behaviour.customers.filter((c) => c.paidCount > 0);
  const behaviour = place(
    [
      [t(T.customer), t(T.daysLate), t(T.onTime)],
      ...paid.map((c) => [c.name ?? c.customerNumber, c.weightedDaysLate, c.onTimeShareByCount]),
    ],
    'KI_Betaalgedrag',
    [null, DAYS, PERCENT],
  );
  chart('KI_Grafiek_Betaalgedrag', 'clusteredColumn', t(T.chartBehaviour), behaviour, 3);

  const months = place(
    [
      [
        t(T.month),
        `${t(T.thisYear)} (${m.revenueByMonth.year})`,
        `${t(T.lastYear)} (${m.revenueByMonth.year - 1})`,
      ],
      ...m.revenueByMonth.months.map((x) => [
        t(MONTHS[x.month - 1] as L),
        x.thisYear === null ? null : centsToCell(x.thisYear),
        centsToCell(x.lastYear),
      ]),
    ],
    'KI_OmzetPerMaand',
    [null, EURO_FORMAT, EURO_FORMAT],
  );
  chart('KI_Grafiek_OmzetPerMaand', 'clusteredColumn', t(T.chartMonths), months, 3);

  place(
    [
      [t(T.product), t(T.revenue), t(T.share)],
      ...m.revenueByProduct.products.map((p) => [
        p.product === NO_PRODUCT ? t(T.noProduct) : p.product,
        centsToCell(p.revenue),
        p.share,
      ]),
    ],
    'KI_OmzetPerProduct',
    [null, EURO_FORMAT, PERCENT],
  );

  const actionRows: Cell[][] = input.plan.map((g) => [
    g.customerNumber,
    g.customer.name,
    STEP_LABELS[g.step.kind]?.[lang] ?? g.step.id,
    g.invoices.map((i) => i.invoiceNumber).join(', '),
    centsToCell(g.open),
    isoToSerial(g.newTermUntil, input.dateSystem),
  ]);
  place(
    [
      [t(T.customer), t(T.name), t(T.step), t(T.invoices), t(T.open), t(T.until)],
      ...(actionRows.length > 0 ? actionRows : [[t(T.noActions), null, null, null, null, null]]),
    ],
    'KI_ActiesVandaag',
    [null, null, null, null, EURO_FORMAT, DATE_FORMAT],
  );
  return { blocks, charts };
}

/** The ladder state of one invoice and the "next step" text the workbook shows for it. */
interface InvoiceStep {
  state: DunningState;
  text: string;
}

interface OverviewComputation {
  layout: OverviewLayout;
  metrics: OverviewMetrics;
  /** Reminder groups due today (what "today's actions" lists). */
  actions: DunningGroup[];
  /** Per invoice number. */
  steps: Map<string, InvoiceStep>;
}

/**
 * Everything the Overzicht shows, from a ledger: the one computation behind the sheet that
 * refresh writes and the overview the CLI prints, so the two cannot disagree.
 */
export function overviewOf(
  ledger: Ledger,
  options: { today: IsoDate; language: Language; dateSystem: 1900 | 1904 },
): OverviewComputation {
  const { today, language } = options;
  const settings = ledger.settings;
  const index = indexLedger(ledger);
  const fallback = (n: string): Customer => ({ number: n, name: n, kind: 'business', ibans: [] });
  const customerOf = (inv: Invoice): Customer =>
    index.customersByNumber.get(inv.customerNumber) ?? fallback(inv.customerNumber);
  const steps = new Map<string, InvoiceStep>();
  const nextByCustomer = new Map<string, { dueOn: string; text: string }>();
  // For the plan below, the states of invoices whose customer is known (the rest it reports).
  const states = new Map<Invoice, DunningState>();
  for (const inv of ledger.invoices) {
    const state = dunningState(inv, index, customerOf(inv), settings, today);
    if (index.customersByNumber.has(inv.customerNumber)) states.set(inv, state);
    const text = stepText(state, language);
    steps.set(inv.number, { state, text });
    const dueOn = state.kind === 'due' ? today : state.kind === 'waiting' ? state.dueOn : undefined;
    if (dueOn && text) {
      const cur = nextByCustomer.get(inv.customerNumber);
      if (!cur || dueOn < cur.dueOn) nextByCustomer.set(inv.customerNumber, { dueOn, text });
    }
  }
  // The terms module's answers, each distinct (customer, invoice date) question once.
  const customersOrFallback = new Map(index.customersByNumber);
  for (const inv of ledger.invoices)
    if (!customersOrFallback.has(inv.customerNumber))
      customersOrFallback.set(inv.customerNumber, customerOf(inv));
  const dueDateOf = cachedDueDateOf(customersOrFallback, settings);
  const prepared = prepareLedger(ledger, { today, index, dueDateOf });
  const metrics = overviewOfPrepared(prepared);
  const aging = agingReport(ledger.invoices, index, index.customersByNumber, settings, today);
  const actions = dunningPlan(index, settings, today, { states });
  const layout = buildOverview({
    today,
    language,
    dateSystem: options.dateSystem,
    metrics,
    aging,
    plan: actions,
    customers: ledger.customers,
    nextStepByCustomer: new Map([...nextByCustomer].map(([k, v]) => [k, v.text])),
  });
  // Above the forecast, which stays the sheet's last block.
  addEffectBlock(
    layout,
    ladderEffectOfPrepared(prepared, { ladder: ladderOf(settings), settings }),
    language,
  );
  addForecastBlock(layout, forecastOfPrepared(prepared).cash, language);
  return { layout, metrics, actions, steps };
}
