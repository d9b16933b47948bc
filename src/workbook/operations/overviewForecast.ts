/**
 * The Overzicht's cash forecast block (KI_Kasprognose) and its chart: per week from today what is
 * expected in, of which from overdue invoices, and the week's range; then what is expected later
 * and what has no day. Added below the other blocks, so their places (and charts) do not move.
 */
import type { IsoDate } from '../../domain/dates';
import type { CashForecast } from '../../domain/forecast';
import type { Language } from '../../domain/model';
import type { Cell, ChartSpec, SheetBlock } from '../book';
import { centsToCell } from '../cells';
import { EURO_FORMAT } from '../schema';
import { formatDateNl } from './text';

type L = Record<Language, string>;
const T = {
  week: { nl: 'Week (vanaf vandaag)', en: 'Week (from today)' },
  expected: { nl: 'Verwacht binnen', en: 'Expected in' },
  fromOverdue: { nl: 'Waarvan vervallen', en: 'Of which overdue' },
  low: { nl: 'Laag', en: 'Low' },
  high: { nl: 'Hoog', en: 'High' },
  later: { nl: 'Later dan 13 weken', en: 'Later than 13 weeks' },
  undated: {
    nl: 'Zonder datum (betwist, gemiste termijn of geen betaalhistorie)',
    en: 'No date (disputed, missed instalment or no payment history)',
  },
  chart: { nl: 'Kasprognose: verwacht binnen per week', en: 'Cash forecast: expected in per week' },
} satisfies Record<string, L>;

export const FORECAST_BLOCK = 'KI_Kasprognose';
export const FORECAST_CHART = 'KI_Grafiek_Kasprognose';

const rowOf = (at: string): number => Number(/\d+$/.exec(at)?.[0] ?? 1);

/** Appends the block two rows below the lowest block in column A, and its chart beside it. */
export function addForecastBlock(
  layout: { blocks: SheetBlock[]; charts: ChartSpec[] },
  cash: CashForecast,
  language: Language,
): void {
  const t = (l: L): string => l[language];
  const start = Math.max(
    3,
    ...layout.blocks.filter((b) => b.at.startsWith('A')).map((b) => rowOf(b.at) + b.values.length + 1),
  );
  const short = (iso: IsoDate): string => formatDateNl(iso).slice(0, 5);
  const values: Cell[][] = [
    [t(T.week), t(T.expected), t(T.fromOverdue), t(T.low), t(T.high)],
    ...cash.weeks.map((w, i) => [
      `${i + 1}: ${short(w.start)} – ${short(w.end)}`,
      centsToCell(w.expected),
      centsToCell(w.fromOverdue),
      centsToCell(w.low),
      centsToCell(w.high),
    ]),
    [t(T.later), centsToCell(cash.later.amount), centsToCell(cash.later.fromOverdue), null, null],
    [t(T.undated), centsToCell(cash.undated.amount), centsToCell(cash.undated.fromOverdue), null, null],
  ];
  layout.blocks.push({
    at: `A${start}`,
    values,
    name: FORECAST_BLOCK,
    numberFormats: [null, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT],
    bold: 'firstRow',
  });
  // As the other blocks: no chart over nothing (here: nothing open at all).
  if (cash.notOverdue + cash.overdue === 0) return;
  const lastWeekRow = start + cash.weeks.length;
  layout.charts.push({
    name: FORECAST_CHART,
    type: 'column',
    title: t(T.chart),
    // The weeks only: later and undated are no weeks, and would stretch the axis.
    source: `A${start}:B${lastWeekRow}`,
    from: `K${start}`,
    to: `R${start + Math.max(cash.weeks.length + 1, 14)}`,
  });
}
