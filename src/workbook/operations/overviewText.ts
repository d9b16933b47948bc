/** The words the Overzicht writes, in both languages, and the next-step text per invoice. */
import type { IsoDate } from '../../domain/dates';
import type { DunningState } from '../../domain/dunning';
import type { Language } from '../../domain/model';
import { formatDateNl } from './text';

export type L = Record<Language, string>;
export const T = {
  title: { nl: 'Klant Inzicht — overzicht per', en: 'Klant Inzicht — overview as of' },
  kpi: { nl: 'Kengetal', en: 'Figure' },
  value: { nl: 'Waarde', en: 'Value' },
  open: { nl: 'Openstaand', en: 'Outstanding' },
  overdue: { nl: 'Vervallen', en: 'Overdue' },
  overdueCount: { nl: 'Aantal vervallen facturen', en: 'Overdue invoices' },
  openCount: { nl: 'Aantal open facturen', en: 'Open invoices' },
  dso: { nl: 'DSO (dagen)', en: 'DSO (days)' },
  disputed: { nl: 'Waarvan betwist', en: 'Of which disputed' },
  unallocated: { nl: 'Niet toegewezen betalingen', en: 'Unallocated payments' },
  age: { nl: 'Ouderdom', en: 'Age' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  count: { nl: 'Aantal', en: 'Count' },
  customer: { nl: 'Klant', en: 'Customer' },
  name: { nl: 'Naam', en: 'Name' },
  revenue: { nl: 'Omzet 12 mnd (excl. BTW)', en: 'Revenue 12 months (excl. VAT)' },
  share: { nl: 'Aandeel', en: 'Share' },
  daysLate: { nl: 'Gem. dagen te laat', en: 'Avg. days late' },
  onTime: { nl: '% op tijd', en: '% on time' },
  nextStep: { nl: 'Volgende stap', en: 'Next step' },
  month: { nl: 'Maand', en: 'Month' },
  thisYear: { nl: 'Dit jaar', en: 'This year' },
  lastYear: { nl: 'Vorig jaar', en: 'Last year' },
  product: { nl: 'Product', en: 'Product' },
  noProduct: { nl: '(geen product)', en: '(no product)' },
  other: { nl: 'Overige klanten', en: 'Other customers' },
  step: { nl: 'Stap', en: 'Step' },
  invoices: { nl: 'Facturen', en: 'Invoices' },
  until: { nl: 'Nieuwe termijn tot', en: 'New term until' },
  actions: { nl: 'Acties vandaag', en: "Today's actions" },
  noActions: { nl: 'Geen herinneringen vandaag', en: 'No reminders today' },
  noData: { nl: 'Nog geen gegevens', en: 'No data yet' },
  chartDependency: {
    nl: 'Afhankelijkheid: omzet per klant (top 10)',
    en: 'Dependency: revenue per customer (top 10)',
  },
  chartBehaviour: { nl: 'Betaalgedrag per klant', en: 'Payment behaviour per customer' },
  chartMonths: {
    nl: 'Omzet per maand: dit jaar en vorig jaar',
    en: 'Revenue by month: this year and last year',
  },
  chartAging: { nl: 'Ouderdom openstaande posten', en: 'Aging of receivables' },
  notDue: { nl: 'Niet vervallen', en: 'Not due' },
  days: { nl: 'dagen', en: 'days' },
} satisfies Record<string, L>;

export const MONTHS: L[] = [
  'jan',
  'feb',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
].map((nl, i) => ({
  nl,
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i] as string,
}));

export const STEP_LABELS: Record<string, L> = {
  friendly: { nl: 'Vriendelijke herinnering', en: 'Friendly reminder' },
  second: { nl: 'Tweede herinnering', en: 'Second reminder' },
  final: { nl: 'Aanmaning', en: 'Final notice' },
  collection: { nl: 'Incasso', en: 'Collection' },
};

/** What the workbook shows as an invoice's next ladder step ('' when none applies). */
export function stepText(state: DunningState, language: Language): string {
  const en = language === 'en';
  const d = (iso: IsoDate): string => formatDateNl(iso);
  switch (state.kind) {
    case 'due':
      return `${STEP_LABELS[state.action.step.kind]?.[language] ?? state.action.step.id} — ${en ? 'today' : 'vandaag'}`;
    case 'waiting':
      return `${STEP_LABELS[state.next.kind]?.[language] ?? state.next.id} ${en ? 'on' : 'op'} ${d(state.dueOn)}`;
    case 'paused':
      return state.why === 'disputed'
        ? en
          ? 'Paused (disputed)'
          : 'Gepauzeerd (betwist)'
        : en
          ? 'Paused (arrangement on track)'
          : 'Gepauzeerd (regeling loopt)';
    case 'sent-today':
      return en ? 'Sent today' : 'Vandaag verstuurd';
    case 'completed':
      return en ? 'Ladder completed' : 'Ladder afgerond';
    case 'not-applicable':
      return '';
  }
}
