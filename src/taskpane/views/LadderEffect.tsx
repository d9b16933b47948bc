/**
 * Overzicht's "what works": per ladder step, and for invoices paid without a reminder, the share
 * paid within 7 and 14 days with the counts it rests on and the median days, as a bar per step and
 * a few lines per step; then per segment, or that a segment has too few invoices to say anything.
 * Computed once per (ledger, today), as the overview metrics are.
 */
import type { IsoDate } from '../../domain/dates';
import { ladderOf } from '../../domain/dunning';
import { ladderEffect, type EffectRow, type LadderEffect, type WindowShare } from '../../domain/effect';
import type { LedgerIndex } from '../../domain/ledger';
import { cachedDueDateOf } from '../../domain/metrics';
import type { Ledger } from '../../domain/model';
import { ChartFrame, HBarChart } from '../components/charts';
import { ErrorBar } from '../components/ErrorBar';
import { useLayout } from '../components/layout';
import { useStore } from '../data/store';
import { useT, type Formatters } from '../i18n';
import { EFFECT_TEXT, type EffectMessages } from '../i18n/effect';

type Result = { effect?: LadderEffect; error?: unknown };
const cache = new WeakMap<Ledger, { today: IsoDate; result: Result }>();

function computeEffect(ledger: Ledger, today: IsoDate, index?: LedgerIndex): Result {
  const hit = cache.get(ledger);
  if (hit && hit.today === today) return hit.result;
  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  // As the overview: an invoice naming an unknown customer costs that invoice only.
  const known = ledger.invoices.filter((i) => customers.has(i.customerNumber));
  let result: Result;
  try {
    result = {
      effect: ladderEffect(
        { ...ledger, invoices: known },
        {
          today,
          ...(index ? { index } : {}),
          dueDateOf: cachedDueDateOf(customers, ledger.settings),
          ladder: ladderOf(ledger.settings),
          settings: ledger.settings,
        },
      ),
    };
  } catch (error) {
    result = { error };
  }
  cache.set(ledger, { today, result });
  return result;
}

export function LadderEffectSection() {
  const { t, f } = useT();
  const m = EFFECT_TEXT[f.language];
  const l = useLayout();
  const { ledger, today, derived } = useStore();
  if (!ledger) return null;
  const { effect, error } = computeEffect(ledger, today, derived?.index);
  if (error !== undefined) return <ErrorBar title={t.overview.unavailable} error={error} />;
  if (!effect) return null;
  const label = (r: EffectRow, rows: readonly EffectRow[]): string => {
    if (!r.step) return m.baseline;
    const { stepKind, stepId } = r.step;
    const name = t.steps[stepKind];
    // Two steps of one kind (a custom ladder) are told apart by the id the contact log uses.
    return rows.some((x) => x !== r && x.step?.stepKind === stepKind) ? `${name} (${stepId})` : name;
  };
  return (
    <section className={l.section} aria-label={m.title} data-ladder-effect>
      <Steps title={m.title} rows={effect.rows} label={label} m={m} f={f} />
      {effect.segments.map((s) =>
        s.tooFewData ? (
          <p key={s.segment} className={l.muted} data-segment={s.segment}>
            {m.tooFew(s.segment, s.invoices, effect.minSegmentInvoices)}
          </p>
        ) : (
          <div key={s.segment} data-segment={s.segment}>
            <Steps title={m.segmentTitle(s.segment)} rows={s.rows} label={label} m={m} f={f} />
          </div>
        ),
      )}
      <p className={l.note} data-effect-meaning>
        {m.meaning}
      </p>
    </section>
  );
}

const shareText = (w: WindowShare, m: EffectMessages, f: Formatters): string =>
  w.share === null ? m.noShare : m.share(f.percent(w.share), w.paid, w.counted);

const medianText = (r: EffectRow, m: EffectMessages): string =>
  r.medianDays === null ? m.noMedian : m.days(r.medianDays);

function Steps({
  title,
  rows,
  label,
  m,
  f,
}: {
  title: string;
  rows: readonly EffectRow[];
  label: (r: EffectRow, rows: readonly EffectRow[]) => string;
  m: EffectMessages;
  f: Formatters;
}) {
  const l = useLayout();
  return (
    <>
      <ChartFrame
        title={title}
        table={{
          headers: [m.step, m.within(7), m.within(14), m.median, m.open],
          rows: rows.map((r) => [
            label(r, rows),
            shareText(r.within7, m, f),
            shareText(r.within14, m, f),
            medianText(r, m),
            String(r.open),
          ]),
        }}
      >
        <HBarChart
          items={rows.map((r) => ({
            label: label(r, rows),
            value: r.within7.share ?? 0,
            text: `${shareText(r.within7, m, f)} · 14: ${r.within14.share === null ? '—' : f.percent(r.within14.share)}`,
          }))}
        />
      </ChartFrame>
      <ul className={l.list}>
        {rows.map((r) => {
          const left = Object.values(r.excluded).reduce((s, n) => s + n, 0);
          return (
            <li key={r.step?.stepId ?? ''} className={l.item} data-effect-step={r.step?.stepId ?? 'baseline'}>
              <div className={l.strong}>{label(r, rows)}</div>
              <div>{m.withinLine(7, shareText(r.within7, m, f))}</div>
              <div>{m.withinLine(14, shareText(r.within14, m, f))}</div>
              <div>{m.medianLine(medianText(r, m))}</div>
              {left > 0 && <div className={l.muted}>{m.leftOut(left)}</div>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
