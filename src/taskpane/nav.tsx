/** Which view the pane shows, and what it is about (a customer, an invoice). */
import { createContext, useContext } from 'react';

export type ViewId =
  | 'setup'
  | 'today'
  | 'overview'
  | 'invoices'
  | 'customer'
  | 'newInvoice'
  | 'payment'
  | 'bankImport'
  | 'importInvoices'
  | 'dispute'
  | 'arrangement'
  | 'reminder'
  | 'settings'
  | 'repair';

export interface Route {
  view: ViewId;
  customerNumber?: string;
  invoiceNumber?: string;
  /** For the reminder view: which ladder step of the customer's plan. */
  stepId?: string;
}

export const PRIMARY_VIEWS: readonly ViewId[] = ['today', 'overview', 'invoices', 'customer'];
export const SECONDARY_VIEWS: readonly ViewId[] = [
  'newInvoice',
  'payment',
  'bankImport',
  'importInvoices',
  'reminder',
  'dispute',
  'arrangement',
  'settings',
  'setup',
  'repair',
];

export interface Nav {
  route: Route;
  go(route: Route): void;
}

export const NavContext = createContext<Nav>({ route: { view: 'today' }, go: () => undefined });

export function useNav(): Nav {
  return useContext(NavContext);
}
