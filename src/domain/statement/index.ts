export { statementOf, customersWithOpenBalance } from './statement';
export type * from './types';
export { statementQr } from './statementQr';
export { lineDescription, notesText, statementDate, statementMoney, statementWords } from './texts';
export { statementEmail } from './email';
