export { statementOf, customersWithOpenBalance } from './statement';
export type * from './types';
