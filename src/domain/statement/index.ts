export { statementOf, customersWithOpenBalance } from './statement';
export type * from './types';
export { statementQr, type StatementQr } from './statementQr';
export {
  lineDescription,
  notesText,
  statementDate,
  statementMoney,
  statementWords,
  type StatementWords,
} from './texts';
export { statementEmail, type StatementEmail } from './email';
