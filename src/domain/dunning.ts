/**
 * The reminder ladder: which step is due for which invoice on a given day.
 *
 * The ladder's memory is the contact log: a ContactEntry with `ladderStep` set to a step id is
 * that step, sent on the entry's date. The next step falls due `afterDays` after the previous
 * step's new term ran out (for the first step: after the invoice's due date). Rules:
 *  - at least two reminders ('friendly'/'second') come before any legal step ('final'/'collection'),
 *    and the consumer's fourteen-day letter ('final') before collection, on every ladder;
 *  - an invoice without history starts at the first step, however late it is (never skip ahead);
 *  - never two steps for one invoice on one day;
 *  - a dispute pauses the ladder; so does a payment arrangement while its instalments are paid;
 *    a missed instalment (or an arrangement that ran out with money still open) resumes it;
 *  - after the last step nothing more is due ('completed').
 */
export {
  ASSUMED_RECEIPT_DAYS,
  checkLadder,
  DEFAULT_LADDER,
  FOURTEEN_DAY_LETTER_DAYS,
  isFourteenDayLetter,
  ladderOf,
  newTermUntil,
  validateLadder,
  type DunningOptions,
} from './ladder/steps';
export { missedInstalments, type MissedInstalment } from './ladder/instalments';
export { dunningHistory, type SentStep } from './ladder/history';
export {
  customerLadder,
  dunningState,
  nextDunningAction,
  type DunningAction,
  type DunningReason,
  type DunningState,
} from './ladder/state';
export {
  dunningPlan,
  dunningPlanReport,
  type DunningGroup,
  type DunningPlanReport,
  type OverdueListing,
  type PlanFailure,
} from './ladder/plan';
