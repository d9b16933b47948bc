/**
 * Texts of the forecast (cash per week, pay dates), the dependency threshold and the credit notice,
 * in both languages; like setup.ts, out of the main catalogue, which sits in the pane's first chunk.
 */
import type { PredictionBasis } from '../../domain/forecast';
import type { Language } from '../../domain/model';

export interface ForecastMessages {
  cashTitle: string;
  cashSummary: (expected: string, low: string, high: string) => string;
  overdueUncertain: (amount: string) => string;
  later: (amount: string) => string;
  undated: (amount: string) => string;
  week: string;
  weekLabel: (n: number, start: string) => string;
  expected: string;
  low: string;
  high: string;
  fromOverdue: string;
  payDatesTitle: string;
  invoice: string;
  expectedOn: string;
  between: (low: string, high: string) => string;
  basis: Record<PredictionBasis, (paidCount: number) => string>;
  dependencyAbove: (threshold: string) => string;
  dependencyWhy: string;
  aboveMark: string;
  creditOver: (limit: string, after: string) => string;
  overdueOpen: (count: number, amount: string) => string;
}

const invoices = (n: number, one: string, more: string): string => `${n} ${n === 1 ? one : more}`;

const nl: ForecastMessages = {
  cashTitle: 'Kasprognose: verwacht binnen per week',
  cashSummary: (e, l, h) => `De komende 13 weken verwacht: ${e} (tussen ${l} en ${h}).`,
  overdueUncertain: (a) => `Daarvan komt ${a} van facturen die al vervallen zijn: onzeker.`,
  later: (a) => `Later dan 13 weken: ${a}.`,
  undated: (a) => `Zonder datum (betwist, gemiste termijn of geen betaalhistorie): ${a}.`,
  week: 'Week',
  weekLabel: (n, start) => `Week ${n} (vanaf ${start})`,
  expected: 'Verwacht',
  low: 'Laag',
  high: 'Hoog',
  fromOverdue: 'Waarvan vervallen',
  payDatesTitle: 'Verwachte betaaldatum per open factuur',
  invoice: 'Factuur',
  expectedOn: 'Verwacht op',
  between: (l, h) => `tussen ${l} en ${h}`,
  basis: {
    customer: (n) => `uit eigen betaalgedrag (${invoices(n, 'betaalde factuur', 'betaalde facturen')})`,
    habit: () => 'geen eigen betaalhistorie: naar het gemiddelde van al uw klanten',
    arrangement: () => 'volgens de betalingsregeling',
    disputed: () => 'betwist: geen datum zolang het geschil loopt',
    'no-history': () => 'geen betaalhistorie: geen voorspelling',
    'beyond-history': () => 'later dan ooit betaald: geen voorspelling',
  },
  dependencyAbove: (t) => `Boven de drempel van ${t} van uw omzet`,
  aboveMark: 'boven drempel',
  dependencyWhy:
    'Brengt één klant het grootste deel van uw omzet, dan valt bij het verlies van die klant ook het grootste deel van uw inkomen in één keer weg.',
  creditOver: (limit, after) =>
    `Met deze factuur komt het openstaande bedrag op ${after}, boven de kredietlimiet van ${limit}.`,
  overdueOpen: (n, a) =>
    `Deze klant heeft ${invoices(n, 'vervallen factuur', 'vervallen facturen')} open (${a}).`,
};

const en: ForecastMessages = {
  cashTitle: 'Cash forecast: expected in per week',
  cashSummary: (e, l, h) => `Expected in the next 13 weeks: ${e} (between ${l} and ${h}).`,
  overdueUncertain: (a) => `Of that, ${a} comes from invoices already overdue: uncertain.`,
  later: (a) => `Later than 13 weeks: ${a}.`,
  undated: (a) => `No date (disputed, missed instalment or no payment history): ${a}.`,
  week: 'Week',
  weekLabel: (n, start) => `Week ${n} (from ${start})`,
  expected: 'Expected',
  low: 'Low',
  high: 'High',
  fromOverdue: 'Of which overdue',
  payDatesTitle: 'Expected payment date per open invoice',
  invoice: 'Invoice',
  expectedOn: 'Expected on',
  between: (l, h) => `between ${l} and ${h}`,
  basis: {
    customer: (n) => `from this customer's own payments (${invoices(n, 'paid invoice', 'paid invoices')})`,
    habit: () => "no payment history of its own: your customers' average",
    arrangement: () => 'as the payment plan says',
    disputed: () => 'disputed: no date while the dispute lasts',
    'no-history': () => 'no payment history: no prediction',
    'beyond-history': () => 'later than anything ever paid: no prediction',
  },
  dependencyAbove: (t) => `Above the threshold of ${t} of your revenue`,
  aboveMark: 'above threshold',
  dependencyWhy:
    'When one customer brings most of your revenue, losing that customer takes most of your income away at once.',
  creditOver: (limit, after) =>
    `With this invoice the amount open comes to ${after}, above the credit limit of ${limit}.`,
  overdueOpen: (n, a) =>
    `This customer has ${invoices(n, 'overdue invoice', 'overdue invoices')} open (${a}).`,
};

export const FORECAST_TEXT: Record<Language, ForecastMessages> = { nl, en };
