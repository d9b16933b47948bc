/** The self-contained HTML report: figures, five inline SVG charts, and the row errors. */
import { columns, escapeXml, horizontalBars, type Datum } from './svg';
import type { EffectTable } from './effectTable';

export interface ReportData {
  title: string;
  today: string;
  language: 'nl' | 'en';
  /** Headline figures, already formatted: label -> text. */
  figures: { label: string; value: string }[];
  /** Revenue share per customer (largest first). */
  dependency: Datum[];
  /** Average days paid after the due date per customer. */
  behaviour: Datum[];
  /** Revenue per month, oldest first. */
  monthlyRevenue: Datum[];
  /** Open amount per aging bucket. */
  aging: Datum[];
  /** Expected in per week from today (13 weeks), labelled by the week's first day. */
  cash: Datum[];
  /** What the weeks leave out, formatted: expected later, and without a day. */
  cashRest: { later: string; undated: string };
  rowErrors: string[];
  /** What works per ladder step, as text cells. */
  effect?: EffectTable;
}

/** One table per group (all customers, then each segment), or the group's too-few sentence. */
function effectSection(e: EffectTable): string {
  const head = `<tr>${e.headers.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr>`;
  const groups = e.groups
    .map((g) => {
      const body = g.tooFew
        ? `<p>${escapeXml(g.tooFew)}</p>`
        : `<table>${head}${g.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`).join('')}</table>`;
      return `<h3>${escapeXml(g.name)}</h3>${body}`;
    })
    .join('');
  return `<section><h2>${escapeXml(e.title)}</h2>${groups}<p>${escapeXml(e.note)}</p></section>`;
}

const LABELS = {
  nl: {
    dependency: 'Afhankelijkheid: omzetaandeel per klant',
    behaviour: 'Betaalgedrag: gemiddeld aantal dagen na vervaldatum',
    monthly: 'Omzet per maand',
    aging: 'Openstaand naar ouderdom',
    cash: 'Kasprognose: verwacht binnen per week (week begint op)',
    later: 'Later dan 13 weken',
    undated: 'Zonder datum (betwist, gemiste termijn of geen betaalhistorie)',
    errors: 'Rijen die niet gelezen konden worden',
    none: 'Geen gegevens',
    asOf: 'Stand per',
  },
  en: {
    dependency: 'Dependency: revenue share per customer',
    behaviour: 'Payment behaviour: average days paid after the due date',
    monthly: 'Revenue per month',
    aging: 'Outstanding by age',
    cash: 'Cash forecast: expected in per week (week starting)',
    later: 'Later than 13 weeks',
    undated: 'No date (disputed, missed instalment or no payment history)',
    errors: 'Rows that could not be read',
    none: 'No data',
    asOf: 'As of',
  },
} as const;

export function renderHtmlReport(d: ReportData): string {
  const L = LABELS[d.language];
  const chart = (svg: string, data: readonly Datum[]): string => (data.length ? svg : `<p>${L.none}</p>`);
  const figures = d.figures
    .map(
      (f) =>
        `<div class="fig"><span>${escapeXml(f.label)}</span><strong>${escapeXml(f.value)}</strong></div>`,
    )
    .join('');
  const errors = d.rowErrors.length
    ? `<h2>${L.errors}</h2><ul>${d.rowErrors.map((e) => `<li>${escapeXml(e)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="${d.language}"><head><meta charset="utf-8"><title>${escapeXml(d.title)}</title>
<style>body{font-family:sans-serif;max-width:720px;margin:2em auto;color:#222}.figs{display:flex;flex-wrap:wrap;gap:1em}.fig{border:1px solid #ccc;padding:.5em 1em;border-radius:4px}.fig span{display:block;font-size:.8em;color:#555}section{margin:2em 0}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style>
</head><body><h1>${escapeXml(d.title)}</h1><p>${L.asOf} ${escapeXml(d.today)}</p>
<div class="figs">${figures}</div>
<section>${chart(horizontalBars(L.dependency, d.dependency), d.dependency)}</section>
<section>${chart(horizontalBars(L.behaviour, d.behaviour), d.behaviour)}</section>
<section>${chart(columns(L.monthly, d.monthlyRevenue), d.monthlyRevenue)}</section>
<section>${chart(columns(L.aging, d.aging), d.aging)}</section>
<section>${chart(columns(L.cash, d.cash), d.cash)}<p>${L.later}: ${escapeXml(d.cashRest.later)} · ${L.undated}: ${escapeXml(d.cashRest.undated)}</p></section>
${d.effect ? effectSection(d.effect) : ''}
${errors}</body></html>
`;
}
