/**
 * Klant Inzicht's receivables core: the one public module of src/domain. Pure TypeScript — no
 * Office.js, React, ExcelJS, clock or I/O; "today" is always a parameter. Money is integer cents,
 * dates are 'YYYY-MM-DD' strings, and bad input throws a DomainError that says what and where.
 *
 * The areas are also namespaced (legal, metrics, reminders, bank) so their vocabularies do not
 * collide with the ladder's and the status's.
 */
export * from './errors';
export * from './dates';
export * from './money';
export * from './model';
// settleOver is the metrics' unguarded inner loop, not part of the public module.
export { indexLedger, requireLedgerIndex, settle, type LedgerIndex, type Settlement } from './ledger';
export * from './terms';
export * from './status';
export * from './dunning';
export * from './actions';
export * as legal from './legal';
export * as metrics from './metrics';
export * as reminders from './reminders';
export * as bank from './bank';
export * as calendar from './calendar';
export * as segments from './segments';
