/**
 * The Overzicht's "what works" block (KI_WatWerkt): per ladder step, and for invoices paid without
 * a reminder, the share paid within 7 and 14 days with how many invoices that share rests on, the
 * median days to payment and how many are still open or left out; first for all customers, then
 * per segment. One flat table (a segment column first), so a person can filter it. Added below the
 * other blocks and above the cash forecast (the sheet's last block), so the blocks above keep their
 * places and charts; ten columns wide, clear of the charts in K to R.
 */
import type { EffectRow, LadderEffect } from '../../domain/effect';
import type { Language } from '../../domain/model';
import type { Cell, SheetBlock } from '../book';
import { INT_FORMAT } from '../schema';
import { STEP_LABELS } from './overviewText';

type L = Record<Language, string>;
const T = {
  segment: { nl: 'Segment', en: 'Segment' },
  step: { nl: 'Stap', en: 'Step' },
  invoices: { nl: 'Facturen', en: 'Invoices' },
  within7: { nl: 'Betaald binnen 7 dagen', en: 'Paid within 7 days' },
  counted7: { nl: 'Van (7 dagen)', en: 'Out of (7 days)' },
  within14: { nl: 'Betaald binnen 14 dagen', en: 'Paid within 14 days' },
  counted14: { nl: 'Van (14 dagen)', en: 'Out of (14 days)' },
  median: { nl: 'Mediaan dagen tot betaling', en: 'Median days to payment' },
  open: { nl: 'Nog open', en: 'Still open' },
  excluded: { nl: 'Buiten beschouwing', en: 'Left out' },
  all: { nl: 'Alle klanten', en: 'All customers' },
  baseline: {
    nl: 'Zonder herinnering (vanaf vervaldatum)',
    en: 'Without a reminder (from the due date)',
  },
  note: {
    nl: 'Een factuur telt pas mee als de stap minstens 7 (14) dagen geleden is; open telt als niet betaald; betwist, afgeschreven en met regeling blijft buiten beschouwing. Weinig facturen zeggen weinig.',
    en: 'An invoice counts once its step is at least 7 (14) days old; open counts as not paid; disputed, written off and under a payment plan are left out. Few invoices mean little.',
  },
} satisfies Record<string, L>;

/** A segment below the minimum of invoices, in words (the report says it the same way). */
export const tooFewText = (n: number, min: number, language: Language): string =>
  language === 'nl'
    ? `te weinig gegevens (${n} ${n === 1 ? 'factuur' : 'facturen'}, minimaal ${min})`
    : `too few data (${n} ${n === 1 ? 'invoice' : 'invoices'}, at least ${min})`;

/** What the figures mean and that few data mean little, in one neutral sentence. */
export const effectNote = (language: Language): string => T.note[language];

export const EFFECT_BLOCK = 'KI_WatWerkt';
const PERCENT = '0%';
/** Columns: segment, step, invoices, share 7, of, share 14, of, median, open, left out. */
const FORMATS = [
  null,
  null,
  INT_FORMAT,
  PERCENT,
  INT_FORMAT,
  PERCENT,
  INT_FORMAT,
  '0',
  INT_FORMAT,
  INT_FORMAT,
];

const rowOf = (at: string): number => Number(/\d+$/.exec(at)?.[0] ?? 1);

export function stepLabel(row: EffectRow, rows: readonly EffectRow[], language: Language): string {
  if (!row.step) return T.baseline[language];
  const { stepKind, stepId } = row.step;
  const label = STEP_LABELS[stepKind]?.[language] ?? stepId;
  // Two steps of one kind (a custom ladder) are told apart by the id the contact log uses.
  const twin = rows.some((r) => r !== row && r.step?.stepKind === stepKind);
  return twin ? `${label} (${stepId})` : label;
}

function figures(segment: string, row: EffectRow, rows: readonly EffectRow[], language: Language): Cell[] {
  const excluded = Object.values(row.excluded).reduce((s, n) => s + n, 0);
  return [
    segment,
    stepLabel(row, rows, language),
    row.included,
    row.within7.share,
    row.within7.counted,
    row.within14.share,
    row.within14.counted,
    row.medianDays,
    row.open,
    excluded,
  ];
}

/** Appends the block two rows below the lowest block in column A (call it before the forecast's). */
export function addEffectBlock(
  layout: { blocks: SheetBlock[] },
  effect: LadderEffect,
  language: Language,
): void {
  const t = (l: L): string => l[language];
  const start = Math.max(
    3,
    ...layout.blocks.filter((b) => b.at.startsWith('A')).map((b) => rowOf(b.at) + b.values.length + 1),
  );
  const empty = (): Cell[] => Array<Cell>(FORMATS.length - 2).fill(null);
  const values: Cell[][] = [
    [
      t(T.segment),
      t(T.step),
      t(T.invoices),
      t(T.within7),
      t(T.counted7),
      t(T.within14),
      t(T.counted14),
      t(T.median),
      t(T.open),
      t(T.excluded),
    ],
    ...effect.rows.map((r) => figures(t(T.all), r, effect.rows, language)),
  ];
  for (const s of effect.segments) {
    if (s.tooFewData)
      values.push([s.segment, tooFewText(s.invoices, effect.minSegmentInvoices, language), ...empty()]);
    else values.push(...s.rows.map((r) => figures(s.segment, r, s.rows, language)));
  }
  values.push([t(T.note), null, ...empty()]);
  layout.blocks.push({
    at: `A${start}`,
    values,
    name: EFFECT_BLOCK,
    numberFormats: FORMATS,
    bold: 'firstRow',
  });
}
