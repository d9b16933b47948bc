/**
 * Segments in use: the settings' segments parsed and checked, which segment a customer is in, and
 * the ladder that follows from it. Order rule: a customer is in the FIRST segment, in the table's
 * order (segment.1 before segment.2), whose rule holds; in none when no rule holds. A segment
 * without a ladder of its own uses the main ladder, and so does a customer in no segment: with no
 * segments defined, every customer is on the main ladder exactly as before.
 */
import { assertIsoDate, type IsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import { indexLedger, requireLedgerIndex, type LedgerIndex } from '../ledger';
import type { Customer, DunningStep, Ledger, Settings } from '../model';
import { checkLadder } from '../ladder/steps';
import { ruleHolds } from './evaluate';
import { customerFacts } from './facts';
import { parseRule } from './parse';
import { ruleProblemText } from './problemText';
import type { Rule } from './rule';
import { registerSegmentRules } from './registry';

export interface Segment {
  name: string;
  rule: Rule;
  /** Its own ladder, checked; absent: the main ladder. */
  ladder?: readonly DunningStep[];
}

/** Whether a customer this rule holds can be a consumer: not when it holds business customers only. */
export function ruleReachesConsumers(rule: Rule): boolean {
  return !rule.all.some((c) => c.kind === 'customerKind' && c.value === 'business');
}

/**
 * A segment's ladder, checked like the main one (ladder/steps checkLadder); a rule that reaches no
 * consumer is not asked for the fourteen-day letter.
 */
export function checkSegmentLadder(ladder: readonly unknown[], rule: Rule, path: string): DunningStep[] {
  return checkLadder(ladder, path, ruleReachesConsumers(rule));
}

const parsedSegments = new WeakMap<object, Segment[]>();

/** The settings' segments, parsed and checked; a DomainError names the first bad one's field. */
export function segmentsOf(settings: Settings): readonly Segment[] {
  requireObject(settings, 'settings');
  const raw = settings.segments;
  if (!raw || raw.length === 0) return [];
  const known = parsedSegments.get(raw);
  if (known) return known;
  const names = new Set<string>();
  const segments = raw.map((s, i): Segment => {
    const path = `settings.segments[${i}]`;
    const key = s.name.trim().toLocaleLowerCase('nl');
    if (names.has(key))
      throw new DomainError('duplicate', `the segment name ${s.name} occurs twice`, {
        path: `${path}.name`,
        value: s.name,
      });
    names.add(key);
    const parsed = parseRule(s.rule);
    if (!parsed.ok)
      throw new DomainError('invalid-input', ruleProblemText(parsed.problem, 'en'), {
        path: `${path}.rule`,
        value: s.rule,
      });
    const segment: Segment = { name: s.name, rule: parsed.rule };
    if (s.ladder && s.ladder.length > 0)
      segment.ladder = checkSegmentLadder(s.ladder, parsed.rule, `${path}.ladder`);
    return segment;
  });
  parsedSegments.set(raw, segments);
  return segments;
}

/** Which segment each customer is in today (the order rule above); answers once per customer. */
export function segmentAssigner(
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
): (customer: Customer) => Segment | undefined {
  requireLedgerIndex(index, 'index');
  assertIsoDate(today, 'today');
  const segments = segmentsOf(settings);
  const answers = new Map<string, Segment | undefined>();
  return (customer) => {
    if (segments.length === 0) return undefined;
    requireObject(customer, 'customer');
    if (answers.has(customer.number)) return answers.get(customer.number);
    const facts = customerFacts(customer, index, settings, today);
    const found = segments.find((s) => ruleHolds(s.rule, facts, today));
    answers.set(customer.number, found);
    return found;
  };
}

/** The name of the segment each customer is in today, or undefined when none holds (or none exist). */
export function segmentOf(ledger: Ledger, today: IsoDate): (customer: Customer) => string | undefined {
  requireObject(ledger, 'ledger');
  const assign = segmentAssigner(indexLedger(ledger), ledger.settings, today);
  return (customer) => assign(customer)?.name;
}

const assigners = new WeakMap<
  LedgerIndex,
  { settings: Settings; today: IsoDate; assign: (c: Customer) => Segment | undefined }
>();

/**
 * The segment a customer is in today (segmentAssigner), kept per index, settings and today: the
 * plan asks once per invoice. Undefined without segments.
 */
function segmentFor(
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
  customer: Customer,
): Segment | undefined {
  if (!settings.segments || settings.segments.length === 0) return undefined;
  let kept = assigners.get(index);
  if (!kept || kept.settings !== settings || kept.today !== today) {
    kept = { settings, today, assign: segmentAssigner(index, settings, today) };
    assigners.set(index, kept);
  }
  return kept.assign(customer);
}

registerSegmentRules({ check: segmentsOf, of: segmentFor });
