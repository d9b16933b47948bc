/**
 * Words about a trader's list that stop nothing but change what the figures mean: a second
 * invoice list that is not read, and a credit note that names no invoice.
 */
import type { Invoice } from '../../domain/model';
import { formatEuro } from '../../domain/money';
import { invoiceShaped } from '../binding';
import type { RowError } from '../codec';
import type { WorkbookState } from './state';

/** A second invoice list (last year's) is not read: said, rather than its invoices left out unseen. */
export function secondInvoiceLists(state: WorkbookState): RowError[] {
  const invoices = state.tables.get('invoices');
  if (!invoices) return [];
  const en = state.language === 'en';
  const bound = new Set([...state.tables.values()].map((x) => x.snap.name.toLowerCase()));
  const main = `${invoices.snap.name} (${invoices.snap.sheet})`;
  return state.read.allTables
    .filter((other) => !bound.has(other.name.toLowerCase()))
    .filter((other) => invoiceShaped(other.headers, [other.sheet, other.name], state.aliases))
    .map((other) => ({
      sheet: other.sheet,
      table: other.name,
      // The table as a whole: it was not read, so its header row is not known here.
      row: 0,
      value: null,
      code: 'second-invoice-list',
      why: en
        ? `table ${other.name} reads as an invoice list too, but only ${main} is read as the invoices: its invoices are not counted, not shown as overdue and not reminded; move those that may still be open into ${invoices.snap.name}`
        : `tabel ${other.name} leest ook als een factuurlijst, maar alleen ${main} wordt gelezen als de facturen: de facturen erin tellen niet mee, staan niet als vervallen en krijgen geen herinnering; zet de facturen die nog open kunnen staan in ${invoices.snap.name}`,
    }));
}

/** loadLedger's located warning in the invoice table: field, row, value, code, text. */
type InvoiceWarning = (field: string, row: number, value: unknown, code: string, why: string) => RowError;

/**
 * A credit note (a negative amount) that names no invoice stays a credit of the customer's, and the
 * invoice it was meant to cancel stays open and is reminded: the person links it, nothing is guessed.
 * Said only where the customer has invoices it could credit.
 */
export function unlinkedCreditNotes(
  state: WorkbookState,
  invoices: readonly Invoice[],
  rowOf: ReadonlyMap<string, number>,
  warn: InvoiceWarning,
): RowError[] {
  const en = state.language === 'en';
  const hasColumn = state.tables.get('invoices')?.binding.indexOf('creditsInvoice') !== undefined;
  const invoiced = new Set(invoices.filter((o) => o.amountInclVat > 0).map((o) => o.customerNumber));
  const column = en
    ? hasColumn
      ? 'fill in "Credits invoice" with the number of the invoice it credits'
      : 'add a column "Credits invoice" and fill in the number of the invoice it credits'
    : hasColumn
      ? 'vul bij "Crediteert factuur" het nummer in van de factuur die hij crediteert'
      : 'voeg een kolom "Crediteert factuur" toe en vul het nummer in van de factuur die hij crediteert';
  const out: RowError[] = [];
  for (const inv of invoices) {
    const row = rowOf.get(inv.number);
    if (row === undefined || inv.amountInclVat >= 0 || inv.creditsInvoice) continue;
    if (!invoiced.has(inv.customerNumber)) continue;
    const amount = formatEuro(inv.amountInclVat, state.language);
    out.push(
      warn(
        hasColumn ? 'creditsInvoice' : 'amountInclVat',
        row,
        hasColumn ? null : inv.amountInclVat / 100,
        'credit-note-unlinked',
        en
          ? `credit note ${inv.number} (${amount}) names no invoice: it counts as a credit of the customer's, and their invoices stay open and are reminded; ${column}`
          : `creditnota ${inv.number} (${amount}) noemt geen factuur: hij telt als tegoed van de klant, en diens facturen blijven open en krijgen herinneringen; ${column}`,
      ),
    );
  }
  return out;
}
