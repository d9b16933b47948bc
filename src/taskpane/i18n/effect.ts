/**
 * Texts of "what works per ladder step" in the Overzicht, in both languages; like forecast.ts,
 * out of the main catalogue, which sits in the pane's first chunk.
 */
import type { Language } from '../../domain/model';

export interface EffectMessages {
  title: string;
  step: string;
  within: (days: number) => string;
  median: string;
  open: string;
  /** "62% (21 van 34)". */
  share: (percent: string, paid: number, counted: number) => string;
  noShare: string;
  /** Negative only for the baseline: paid before the due date. */
  days: (n: number) => string;
  noMedian: string;
  baseline: string;
  /** One line per step: "binnen 7 dagen betaald: 62% (21 van 34)". */
  withinLine: (days: number, share: string) => string;
  medianLine: (median: string) => string;
  leftOut: (n: number) => string;
  segmentTitle: (segment: string) => string;
  tooFew: (segment: string, n: number, min: number) => string;
  meaning: string;
}

const invoices = (n: number, one: string, more: string): string => `${n} ${n === 1 ? one : more}`;

const nl: EffectMessages = {
  title: 'Wat werkt: betaald na elke stap',
  step: 'Stap',
  within: (d) => `Binnen ${d} dagen betaald`,
  median: 'Mediaan dagen tot betaling',
  open: 'Nog open',
  share: (p, paid, counted) => `${p} (${paid} van ${counted})`,
  noShare: '— (nog geen facturen)',
  days: (n) =>
    n < 0 ? `${-n} ${n === -1 ? 'dag' : 'dagen'} vóór de vervaldatum` : `${n} ${n === 1 ? 'dag' : 'dagen'}`,
  noMedian: '— (minder dan de helft betaald)',
  baseline: 'Zonder herinnering (vanaf vervaldatum)',
  withinLine: (d, s) => `binnen ${d} dagen betaald: ${s}`,
  medianLine: (m) => `mediaan tot betaling: ${m}`,
  leftOut: (n) =>
    `${invoices(n, 'factuur', 'facturen')} buiten beschouwing (betwist, afgeschreven, regeling of al eerder betaald)`,
  segmentTitle: (s) => `Segment ${s}`,
  tooFew: (s, n, min) =>
    `Segment ${s}: te weinig gegevens (${invoices(n, 'factuur', 'facturen')}, minimaal ${min}).`,
  meaning:
    'Per stap: welk deel van de facturen binnen 7 en 14 dagen na die stap volledig betaald was. Een factuur telt pas mee als de stap lang genoeg geleden is; wat nog open staat telt als niet betaald. Dit zegt hoe het ging, niet waardoor: weinig facturen zeggen weinig.',
};

const en: EffectMessages = {
  title: 'What works: paid after each step',
  step: 'Step',
  within: (d) => `Paid within ${d} days`,
  median: 'Median days to payment',
  open: 'Still open',
  share: (p, paid, counted) => `${p} (${paid} of ${counted})`,
  noShare: '— (no invoices yet)',
  days: (n) =>
    n < 0 ? `${-n} ${n === -1 ? 'day' : 'days'} before the due date` : `${n} ${n === 1 ? 'day' : 'days'}`,
  noMedian: '— (fewer than half paid)',
  baseline: 'Without a reminder (from the due date)',
  withinLine: (d, s) => `paid within ${d} days: ${s}`,
  medianLine: (m) => `median to payment: ${m}`,
  leftOut: (n) =>
    `${invoices(n, 'invoice', 'invoices')} left out (disputed, written off, payment plan or paid before)`,
  segmentTitle: (s) => `Segment ${s}`,
  tooFew: (s, n, min) =>
    `Segment ${s}: too few data (${invoices(n, 'invoice', 'invoices')}, at least ${min}).`,
  meaning:
    'Per step: the share of invoices paid in full within 7 and 14 days after that step. An invoice counts only once the step is long enough ago; what is still open counts as not paid. This says how it went, not why: few invoices mean little.',
};

export const EFFECT_TEXT: Record<Language, EffectMessages> = { nl, en };
