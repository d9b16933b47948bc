/** Whether a customer meets a rule: every condition holds (facts.ts says what each figure is). */
import type { IsoDate } from '../dates';
import { averageDaysLate, latePayments, revenue, type CustomerFacts } from './facts';
import type { Comparison, Condition, Rule } from './rule';

const compare = (value: number, op: Comparison, threshold: number): boolean =>
  op === 'more' ? value > threshold : value < threshold;

/** Case and spacing aside, as a person reads two names. */
const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl') ===
  b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

function conditionHolds(condition: Condition, facts: CustomerFacts, today: IsoDate): boolean {
  switch (condition.kind) {
    case 'latePayments':
      return compare(latePayments(facts, today, condition.months), condition.op, condition.count);
    case 'revenue':
      return compare(revenue(facts, today, condition.months), condition.op, condition.amount);
    case 'open':
      return compare(facts.open, condition.op, condition.amount);
    case 'averageDaysLate': {
      const average = averageDaysLate(facts, today, condition.months);
      return average !== null && compare(average, condition.op, condition.days);
    }
    case 'customerKind':
      return facts.customer.kind === condition.value;
    case 'segmentColumn':
      return facts.customer.segment !== undefined && sameName(facts.customer.segment, condition.value);
  }
}

export function ruleHolds(rule: Rule, facts: CustomerFacts, today: IsoDate): boolean {
  return rule.all.every((c) => conditionHolds(c, facts, today));
}
