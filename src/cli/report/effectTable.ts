/**
 * The report's "what works" table: per ladder step, and without a reminder, the share paid within
 * 7 and 14 days as "62% (21 van 34)", the median days and how many are open; then per segment.
 * The step names, the too-few sentence and the note are the Overzicht block's, so both say the same.
 */
import type { EffectRow, LadderEffect, WindowShare } from '../../domain/effect';
import type { Language } from '../../domain/model';
import { effectNote, stepLabel, tooFewText } from '../../workbook/operations/overviewEffect';

export interface EffectTable {
  title: string;
  headers: string[];
  groups: { name: string; rows: string[][]; tooFew?: string }[];
  note: string;
}

const TEXT = {
  nl: {
    title: 'Wat werkt: betaald na elke stap',
    headers: [
      'Stap',
      'Betaald binnen 7 dagen',
      'Betaald binnen 14 dagen',
      'Mediaan dagen tot betaling',
      'Nog open',
    ],
    all: 'Alle klanten',
    of: 'van',
    days: 'dagen',
    early: 'dagen vóór de vervaldatum',
  },
  en: {
    title: 'What works: paid after each step',
    headers: ['Step', 'Paid within 7 days', 'Paid within 14 days', 'Median days to payment', 'Still open'],
    all: 'All customers',
    of: 'of',
    days: 'days',
    early: 'days before the due date',
  },
} as const;

export function effectTable(effect: LadderEffect, language: Language): EffectTable {
  const t = TEXT[language];
  const share = (w: WindowShare): string =>
    w.share === null ? `– (0 ${t.of} 0)` : `${Math.round(w.share * 100)}% (${w.paid} ${t.of} ${w.counted})`;
  const row = (r: EffectRow, rows: readonly EffectRow[]): string[] => [
    stepLabel(r, rows, language),
    share(r.within7),
    share(r.within14),
    // Negative only for the baseline: paid before the due date.
    r.medianDays === null
      ? '–'
      : r.medianDays < 0
        ? `${-r.medianDays} ${t.early}`
        : `${r.medianDays} ${t.days}`,
    String(r.open),
  ];
  return {
    title: t.title,
    headers: [...t.headers],
    groups: [
      { name: t.all, rows: effect.rows.map((r) => row(r, effect.rows)) },
      ...effect.segments.map((s) =>
        s.tooFewData
          ? { name: s.segment, rows: [], tooFew: tooFewText(s.invoices, effect.minSegmentInvoices, language) }
          : { name: s.segment, rows: s.rows.map((r) => row(r, s.rows)) },
      ),
    ],
    note: effectNote(language),
  };
}
