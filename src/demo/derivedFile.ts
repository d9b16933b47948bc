/**
 * What the pane derives from the demo's first load (taskpane/data/derive: every invoice's status
 * and ladder state, the day's plan), computed by the build and shipped inside the first view's
 * file, so the page reads it instead of deriving. Deriving the sample's 538 invoices was the
 * largest piece of the first view's work in the page (about 55 ms in bench/frontend.bench.mjs's
 * Chromium, cold code); reading this back is a JSON parse and one pass.
 *
 * The derived rows, plan and lists point at the ledger's own invoices, customers and arrangements,
 * which JSON would copy: the file names them by their place in the ledger instead, and reading
 * puts the ledger's own objects back. What lies deeper (a ladder step, an instalment) comes back
 * as an equal copy, as derive's values are read, never compared by identity.
 */
import type { IsoDate } from '../domain/dates';
import type { DunningAction, DunningGroup, DunningState } from '../domain/dunning';
import { indexLedger } from '../domain/ledger';
import type { Ledger } from '../domain/model';
import type { InvoiceStatus } from '../domain/status';
import type { Derived, InvoiceRow } from '../taskpane/data/derive';

type StatusInFile = InvoiceStatus extends infer S
  ? S extends { kind: 'in-arrangement' }
    ? Omit<S, 'arrangement'> & { arrangement: number }
    : S
  : never;

/** The file's form of a Derived: ledger objects by their place in the ledger's lists. */
export interface DerivedInFile {
  today: IsoDate;
  /** Per invoice, in the ledger's order: its status, and its ladder state less that same status. */
  rows: [StatusInFile, Omit<DunningState, 'status'>][];
  /** Each group's customer by number, its invoices by the row whose action it is. */
  plan: (Omit<DunningGroup, 'customer' | 'invoices'> & { invoices: number[] })[];
  missed: { row: number; missed: Derived['missed'][number]['missed'] }[];
  longDisputes: { row: number; days: number }[];
  bankNudge: Derived['bankNudge'];
  aging: Derived['aging'];
}

/**
 * The file's form of derive(ledger, today), or null when it holds something the file does not
 * carry (a row or the plan that failed: their errors would not come back as the same errors).
 */
export function derivedToFile(ledger: Ledger, d: Derived): DerivedInFile | null {
  if (d.rowErrors > 0 || d.planError !== undefined || d.rows.length !== ledger.invoices.length) return null;
  const rowOf = new Map(d.rows.map((r, i) => [r, i]));
  const actionRow = new Map<DunningAction, number>();
  const rows: DerivedInFile['rows'] = [];
  for (const [i, r] of d.rows.entries()) {
    if (!r.status || !r.dunning || r.invoice !== ledger.invoices[i]) return null;
    if (r.dunning.kind === 'due') actionRow.set(r.dunning.action, i);
    const { status: _same, ...dunning } = r.dunning;
    const status: StatusInFile =
      r.status.kind === 'in-arrangement'
        ? { ...r.status, arrangement: ledger.arrangements.indexOf(r.status.arrangement) }
        : r.status;
    rows.push([status, dunning]);
  }
  const plan: DerivedInFile['plan'] = [];
  for (const { customer: _customer, invoices, ...group } of d.plan) {
    const at = invoices.map((a) => actionRow.get(a));
    if (at.some((r) => r === undefined)) return null;
    plan.push({ ...group, invoices: at as number[] });
  }
  const placed = <T extends { row: InvoiceRow }>(list: T[]) =>
    list.map(({ row, ...rest }) => ({ ...rest, row: rowOf.get(row) ?? -1 }));
  return {
    today: d.today,
    rows,
    plan,
    missed: placed(d.missed),
    longDisputes: placed(d.longDisputes),
    bankNudge: d.bankNudge,
    aging: d.aging,
  };
}

/** derive(ledger, file.today) from the file; throws when the file was made for another ledger. */
export function derivedFromFile(ledger: Ledger, file: DerivedInFile): Derived {
  if (file.rows.length !== ledger.invoices.length) throw new Error('the derived rows are for another ledger');
  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  const rows: InvoiceRow[] = file.rows.map(([inFile, dunning], i) => {
    const invoice = ledger.invoices[i];
    const customer = invoice && customers.get(invoice.customerNumber);
    if (!invoice || !customer || inFile.invoiceNumber !== invoice.number)
      throw new Error('the derived rows are for another ledger');
    let status: InvoiceStatus;
    if (inFile.kind === 'in-arrangement') {
      const arrangement = ledger.arrangements[inFile.arrangement];
      if (!arrangement) throw new Error('the derived rows are for another ledger');
      status = { ...inFile, arrangement };
    } else status = inFile;
    return { invoice, customer, status, dunning: { ...dunning, status } as DunningState };
  });
  const rowAt = (i: number): InvoiceRow => {
    const row = rows[i];
    if (!row) throw new Error('the derived plan is for another ledger');
    return row;
  };
  const plan: DunningGroup[] = file.plan.map(({ invoices, ...group }) => {
    const customer = customers.get(group.customerNumber);
    if (!customer) throw new Error('the derived plan is for another ledger');
    const actions = invoices.map((i) => {
      const dunning = rowAt(i).dunning;
      if (dunning?.kind !== 'due') throw new Error('the derived plan is for another ledger');
      return dunning.action;
    });
    return { ...group, customer, invoices: actions };
  });
  return {
    today: file.today,
    // Every invoice names a known customer (a file is made only then), so the index is the ledger's.
    index: indexLedger(ledger),
    rows,
    rowByNumber: new Map(rows.map((r) => [r.invoice.number, r])),
    plan,
    missed: file.missed.map(({ row, missed }) => ({ row: rowAt(row), missed })),
    longDisputes: file.longDisputes.map(({ row, days }) => ({ row: rowAt(row), days })),
    bankNudge: file.bankNudge,
    aging: file.aging,
    rowErrors: 0,
  };
}
