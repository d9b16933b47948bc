/**
 * What works: per ladder step, how soon invoices were paid after it (within 7 and 14 days, and the
 * median days), beside a baseline of invoices that needed no reminder; the same per customer
 * segment where there are enough invoices to say anything. From the ledger and "today" only.
 * Use `ladderEffect(ledger, { today, dueDateOf, ladder })`, or ladderEffectOfPrepared over a ledger
 * the metrics already prepared.
 */
import { DomainError, requireObject } from '../errors';
import {
  checkIntOption,
  prepareLedger,
  requirePrepared,
  type MetricsLedger,
  type PreparedLedger,
  type PrepareOptions,
} from '../metrics/prepare';
import type { Customer, DunningStep, Settings } from '../model';
import { segmentRules } from '../segments/registry';
import { observations, type Observation, type StepKey } from './observations';
import { summarise, type EffectFigures } from './summary';

export { type WindowShare } from './summary';

/** A segment with fewer invoices than this shows no figures: "te weinig gegevens". */
const MIN_SEGMENT_INVOICES = 10;

export interface EffectRow extends EffectFigures {
  /** undefined: the baseline row (invoices that reached no step, counted from their due date). */
  step: StepKey | undefined;
}

interface SegmentEffect {
  segment: string;
  /** The segment's invoices that count in some row (left-out ones not included). */
  invoices: number;
  /** invoices < MIN_SEGMENT_INVOICES (or the given minimum): rows then stay empty. */
  tooFewData: boolean;
  rows: EffectRow[];
}

export interface LadderEffect {
  /** One row per step of the ladder (in the ladder's order, also steps nobody reached), then the baseline. */
  rows: EffectRow[];
  /** Per segment, by name; empty when no customer has a segment. */
  segments: SegmentEffect[];
  /** The minimum of invoices a segment needs. */
  minSegmentInvoices: number;
}

export interface LadderEffectOptions {
  /** The ladder in force (dunning.ladderOf(settings)). */
  ladder: readonly DunningStep[];
  /** A customer's own ladder, when segments give some their own; default: `ladder` for all. */
  ladderFor?: (customer: Customer | undefined) => readonly DunningStep[];
  /** The customer's segment; default: the Segment column (empty = none). */
  segmentOf?: (customer: Customer) => string | undefined;
  /** Default MIN_SEGMENT_INVOICES. */
  minSegmentInvoices?: number;
  /**
   * The ledger's settings: when they define segments (Instellingen's segment rows), those give each
   * customer's segment and ladder, unless segmentOf/ladderFor say otherwise.
   */
  settings?: Settings;
}

const segmentColumn = (customer: Customer): string | undefined => {
  const s = customer.segment?.trim();
  return s ? s : undefined;
};

export function ladderEffect(
  ledger: MetricsLedger,
  options: PrepareOptions & LadderEffectOptions,
): LadderEffect {
  return ladderEffectOfPrepared(prepareLedger(ledger, options), options);
}

export function ladderEffectOfPrepared(prepared: PreparedLedger, options: LadderEffectOptions): LadderEffect {
  requirePrepared(prepared);
  requireObject(options, 'options');
  const { ladder } = options;
  if (!Array.isArray(ladder) || ladder.length === 0) {
    throw new DomainError('invalid-input', 'expected the ladder in force (at least one step)', {
      path: 'options.ladder',
    });
  }
  for (const name of ['ladderFor', 'segmentOf'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new DomainError('invalid-input', `${name} must be a function`, { path: `options.${name}` });
    }
  }
  const min = checkIntOption(options.minSegmentInvoices ?? MIN_SEGMENT_INVOICES, 'minSegmentInvoices', 1);
  const { settings } = options;
  const rules = settings ? segmentRules(settings) : undefined;
  const segmentIn = (customer: Customer) =>
    rules && settings ? rules.of(prepared.index, settings, prepared.today, customer) : undefined;
  const ladderFor =
    options.ladderFor ??
    (rules ? (c: Customer | undefined) => (c && segmentIn(c)?.ladder) || ladder : () => ladder);
  const segmentOf = options.segmentOf ?? (rules ? (c: Customer) => segmentIn(c)?.name : segmentColumn);
  const all = observations(prepared, ladderFor);
  const rows = rowsOf(all, ladder);

  const customers = prepared.index.customersByNumber;
  const bySegment = new Map<string, Observation[]>();
  for (const o of all) {
    const customer = customers.get(o.customerNumber);
    const segment = customer ? segmentOf(customer) : undefined;
    if (segment === undefined || segment === '') continue;
    const list = bySegment.get(segment);
    if (list) list.push(o);
    else bySegment.set(segment, [o]);
  }
  const segments = [...bySegment]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([segment, list]): SegmentEffect => {
      const invoices = new Set(list.filter((o) => !o.excluded).map((o) => o.invoiceNumber)).size;
      const tooFewData = invoices < min;
      return { segment, invoices, tooFewData, rows: tooFewData ? [] : rowsOf(list, ladder) };
    });
  return { rows, segments, minSegmentInvoices: min };
}

/**
 * The ladder's steps in order, then steps only another ladder has (in the order met), then the
 * baseline. Steps are told apart by id, as the contact log names them.
 */
function rowsOf(list: readonly Observation[], ladder: readonly DunningStep[]): EffectRow[] {
  const keys = new Map<string, StepKey>();
  ladder.forEach((s, position) => keys.set(s.id, { stepId: s.id, stepKind: s.kind, position }));
  const byStep = new Map<string, Observation[]>();
  const baseline: Observation[] = [];
  for (const o of list) {
    if (!o.step) {
      baseline.push(o);
      continue;
    }
    if (!keys.has(o.step.stepId)) keys.set(o.step.stepId, o.step);
    const l = byStep.get(o.step.stepId);
    if (l) l.push(o);
    else byStep.set(o.step.stepId, [o]);
  }
  return [
    ...[...keys.values()].map((step) => ({ step, ...summarise(byStep.get(step.stepId) ?? []) })),
    { step: undefined, ...summarise(baseline) },
  ];
}
