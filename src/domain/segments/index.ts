/**
 * Segments by behaviour, as readable rules (docs/core-api.md, "Segments"): a rule's words
 * (rule.ts), reading and writing them (parse.ts, print.ts), the figures they read (facts.ts) and
 * which segment, and so which ladder, a customer is in today (segments.ts).
 */
export { DEFAULT_MONTHS, type Comparison, type Condition, type Rule } from './rule';
export { parseRule, type Expectation, type RuleParse, type RuleProblem, type RuleProblemCode } from './parse';
export { printCondition, printRule } from './print';
export { ruleProblemText } from './problemText';
export { ruleHolds } from './evaluate';
export { customerFacts, type CustomerFacts } from './facts';
export {
  checkSegmentLadder,
  ruleReachesConsumers,
  segmentAssigner,
  segmentOf,
  segmentsOf,
  type Segment,
} from './segments';
