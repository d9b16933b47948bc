/**
 * One row of "what works" from the observations of one step (or of the baseline): the share paid
 * within 7 and 14 days, censored as survival data are, and the median days to payment by
 * Kaplan–Meier, so invoices still open count as "not paid yet" rather than vanishing
 * (docs/core-api.md, "What works per ladder step", has the formulas).
 */
import { EXCLUSION_REASONS, type ExclusionReason, type Observation } from './observations';

/** The windows the shares are asked for, in days after the step (or the due date). */
type EffectWindow = 7 | 14;

export interface WindowShare {
  days: EffectWindow;
  /** Invoices whose step lies at least `days` days before today: only they could show it. */
  counted: number;
  /** Of those, settled in full at most `days` days after the step. */
  paid: number;
  /** paid / counted; null when nothing could be counted. */
  share: number | null;
}

export interface EffectFigures {
  /** Invoices that reached the step (or, for the baseline, no step), before any were left out. */
  reached: number;
  /** Left out, per reason; reached = included + the sum of these. */
  excluded: Record<ExclusionReason, number>;
  /** reached minus the excluded: paid + open. */
  included: number;
  /** Of the included, settled in full by today. */
  paid: number;
  /** Of the included, still open today (partly paid counts as open). */
  open: number;
  within7: WindowShare;
  within14: WindowShare;
  /**
   * The median days from the step to payment (Kaplan–Meier, open invoices censored at today);
   * null when fewer than half are paid by that estimate, or nothing is included.
   */
  medianDays: number | null;
}

function emptyExclusions(): Record<ExclusionReason, number> {
  const r = {} as Record<ExclusionReason, number>;
  for (const reason of EXCLUSION_REASONS) r[reason] = 0;
  return r;
}

export function summarise(list: readonly Observation[]): EffectFigures {
  const excluded = emptyExclusions();
  /** Per included invoice: days to settling (paid) or days observed so far (open), and days since the step. */
  const times: { t: number; paid: boolean; since: number }[] = [];
  for (const o of list) {
    if (o.excluded) {
      excluded[o.excluded] += 1;
      continue;
    }
    if (o.toPayment !== undefined) times.push({ t: o.toPayment, paid: true, since: o.since });
    else times.push({ t: o.since, paid: false, since: o.since });
  }
  const paid = times.filter((x) => x.paid).length;
  const share = (window: EffectWindow): WindowShare => {
    let counted = 0;
    let inside = 0;
    for (const x of times) {
      // Only a step at least `window` days old could show the whole window, paid or not: counting
      // the recent ones that happen to be paid already would lift the share.
      if (x.since < window) continue;
      counted += 1;
      if (x.paid && x.t <= window) inside += 1;
    }
    return { days: window, counted, paid: inside, share: counted === 0 ? null : inside / counted };
  };
  return {
    reached: list.length,
    excluded,
    included: times.length,
    paid,
    open: times.length - paid,
    within7: share(7),
    within14: share(14),
    medianDays: kaplanMeierMedian(times),
  };
}

/**
 * The smallest t at which the estimated share still unpaid falls to one half or below. At a day
 * with both payments and open invoices observed, the payments are taken first (the usual rule).
 */
function kaplanMeierMedian(times: readonly { t: number; paid: boolean }[]): number | null {
  const sorted = [...times].sort((a, b) => a.t - b.t || (a.paid === b.paid ? 0 : a.paid ? -1 : 1));
  let atRisk = sorted.length;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const t = (sorted[i] as { t: number }).t;
    let events = 0;
    let leaving = 0;
    while (i < sorted.length && (sorted[i] as { t: number }).t === t) {
      if ((sorted[i] as { paid: boolean }).paid) events += 1;
      leaving += 1;
      i += 1;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      if (survival <= 0.5 + 1e-12) return t;
    }
    atRisk -= leaving;
  }
  return null;
}
