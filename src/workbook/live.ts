/**
 * The live (calculated) columns of the workbook, as expressions: what keeps working when the
 * add-in is not there. They follow the core exactly where the core's rule can be a formula
 * (test/workbook/live.test.ts evaluates them against terms/status/metrics on generated ledgers):
 *
 *  Facturen.Vervaldatum   agreed due date, else invoice date + the term (invoice, customer, the
 *                         settings' business term or the statutory 30 days, consumers' term)
 *  Facturen.Openstaand    amount − payments − credit notes dated up to today; 0 for a credit
 *                         note linked to an invoice, a written-off or a future invoice (as metrics)
 *  Facturen.Dagen over tijd  days past the due date while something is open
 *  Facturen.Status        the core's status precedence, with labels in the workbook language
 *  Klanten.Openstaand     sum of the customer's Openstaand
 *
 * Known differences (documented, not hidden): an arrangement row counts when it is agreed by today
 * and its own row has no cancellation date (the core takes the latest agreed arrangement);
 * *IFS criteria treat invoice numbers with * ? ~ as wildcards. The settings' terms are baked into
 * the formula text, so refresh rewrites the formulas after the settings change.
 *
 * Text where a date, amount or term belongs ("22-11-2026" or "EUR 1.234,56" stored as text): the
 * core reads it (cells.ts), the formulas do not convert it. VALUE and DATEVALUE read text by the
 * locale of the machine that opens the file ("1.234" is 1234 in nl-NL and 1.234 in en-US;
 * "01-02-2026" is 1 February or 2 January), NUMBERVALUE needs the separators known in advance and
 * chokes on "EUR", and Excel's own coercion in + and − has the same locale dependence while its
 * comparisons rank any text above every number (a text invoice date would count as "in the
 * future" and show Openstaand 0). So a formula whose own row holds such text in a field it reads
 * gives a blank (Status: "Controleer invoer") in every application and locale, never a plausible
 * wrong figure; the codec reports the cell with the fix (retype it), and the add-in never
 * overwrites it. Text in another table (a payment amount as text) is skipped by SUMIFS: the
 * codec reports those cells too.
 *
 * Volgende stap (the ladder) and Volgorde (the sort key) are values the add-in writes.
 */
import { defaultSettings, type Language, type Settings } from '../domain/model';
import { STATUTORY_BUSINESS_TERM_DAYS } from '../domain/terms';
import {
  and,
  bin,
  bool,
  col,
  iferror,
  iff,
  isBlank,
  isNumber,
  isText,
  notBlank,
  num,
  or,
  round,
  str,
  today,
  type Expr,
} from './formulas';
import { statusSpellings } from './paidColumns';
import { choiceSpellings, KIND_CHOICES, STATUS_LABELS, tableSpec, YES_WORDS, type TableId } from './schema';

const lookupCustomer = (field: string): Expr => ({
  op: 'lookup',
  table: 'customers',
  field,
  keyField: 'number',
  key: col('customerNumber'),
});

function dueDateExpr(settings: Settings): Expr {
  const business = num(settings.businessTermDays ?? STATUTORY_BUSINESS_TERM_DAYS);
  const consumer = num(settings.consumerTermDays);
  const consumerChoice = KIND_CHOICES[1] as (typeof KIND_CHOICES)[number];
  // As typed and as normalised: Excel compares the cell's text, ignoring case only.
  const consumerWords = [
    ...new Set([
      ...choiceSpellings(consumerChoice),
      ...[consumerChoice.nl, consumerChoice.en, ...(consumerChoice.synonyms ?? [])].map((w) =>
        w.toLowerCase(),
      ),
    ]),
  ];
  const kind = iferror(lookupCustomer('kind'), str(''));
  // Excel compares text without case; our normalised spellings are plain lower case words.
  const isConsumer = or(...consumerWords.map((w) => bin('=', kind, str(w))));
  const kindTerm = iff(isConsumer, consumer, business);
  const customerTerm = iferror(
    iff(isBlank(lookupCustomer('paymentTermDays')), kindTerm, lookupCustomer('paymentTermDays')),
    kindTerm,
  );
  const term = iff(notBlank(col('paymentTermDays')), col('paymentTermDays'), customerTerm);
  return iff(
    notBlank(col('dueDate')),
    col('dueDate'),
    iff(isBlank(col('invoiceDate')), str(''), bin('+', col('invoiceDate'), term)),
  );
}

const upToToday = (field: string) => ({ field, test: '<=' as const, value: today });

/** The payment-status column says the invoice was credited (paidColumns.ts, rule 5). */
function saysCredited(): Expr {
  return and(
    bin('>', col('amountInclVat'), num(0)),
    or(...statusSpellings('credited').map((w) => bin('=', col('paymentStatus'), str(w)))),
  );
}

/** ...and the credit note the core makes of it, dated the invoice date, counts by today. */
function statusCredited(): Expr {
  return and(saysCredited(), bin('<=', col('invoiceDate'), today));
}

/** What the invoice row's own paid marks count for, by today (paidColumns.ts, rules 2-4). */
function ownPaidExpr(): Expr {
  const flagYes = or(
    bin('=', col('paidFlag'), bool(true)),
    bin('=', col('paidFlag'), num(1)),
    ...YES_WORDS.filter((w) => w !== '1').map((w) => bin('=', col('paidFlag'), str(w))),
  );
  const statusPaid = or(...statusSpellings('paid').map((w) => bin('=', col('paymentStatus'), str(w))));
  const claimsWhole = or(isNumber(col('paidOn')), flagYes, statusPaid);
  const amount = iff(
    isNumber(col('paidAmount')),
    col('paidAmount'),
    iff(claimsWhole, col('amountInclVat'), num(0)),
  );
  return iff(
    or(
      bin('<=', col('amountInclVat'), num(0)),
      saysCredited(),
      and(isNumber(col('paidOn')), bin('>', col('paidOn'), today)),
    ),
    num(0),
    amount,
  );
}

/** Betalingen wins: any row there for this invoice, and the row's own marks do not count. */
function paidExpr(): Expr {
  const inPayments = bin(
    '>',
    {
      op: 'countifs',
      table: 'payments',
      criteria: [{ field: 'invoiceNumber', test: '=', value: col('number') }],
    },
    num(0),
  );
  return iff(
    inPayments,
    {
      op: 'sumifs',
      table: 'payments',
      sum: 'amount',
      criteria: [{ field: 'invoiceNumber', test: '=', value: col('number') }, upToToday('date')],
    },
    ownPaidExpr(),
  );
}

/**
 * Credit notes on this invoice dated by today (negative amounts, so this sum is ≤ 0), and the whole
 * amount when the payment-status column says "gecrediteerd" (the core's credit note of it).
 */
function creditNotesExpr(): Expr {
  return bin(
    '-',
    {
      op: 'sumifs',
      table: 'invoices',
      sum: 'amountInclVat',
      criteria: [{ field: 'creditsInvoice', test: '=', value: col('number') }, upToToday('invoiceDate')],
    },
    iff(statusCredited(), col('amountInclVat'), num(0)),
  );
}

const writtenOff = and(notBlank(col('writtenOffOn')), bin('<=', col('writtenOffOn'), today));

/** settle(invoice, index, today).open: may be negative. */
function settledOpenExpr(): Expr {
  return round(bin('+', bin('-', col('amountInclVat'), paidExpr()), creditNotesExpr()), 2);
}

function openExpr(): Expr {
  const linked = and(
    notBlank(col('creditsInvoice')),
    bin(
      '>',
      {
        op: 'countifs',
        table: 'invoices',
        criteria: [{ field: 'number', test: '=', value: col('creditsInvoice') }],
      },
      num(0),
    ),
  );
  return iff(
    isBlank(col('amountInclVat')),
    str(''),
    iff(
      or(
        bin('>', col('invoiceDate'), today),
        writtenOff,
        and(bin('<', col('amountInclVat'), num(0)), linked),
      ),
      num(0),
      settledOpenExpr(),
    ),
  );
}

/** Credit notes cover the whole amount: the core calls it credited, whatever was paid or refunded. */
function fullyCredited(): Expr {
  return and(
    bin('>', col('amountInclVat'), num(0)),
    bin('>=', round(bin('-', num(0), creditNotesExpr()), 2), col('amountInclVat')),
  );
}

function daysOverdueExpr(): Expr {
  const due = col('dueDateComputed');
  return iff(
    or(isBlank(col('amountInclVat')), isBlank(due)),
    str(''),
    iff(
      or(writtenOff, fullyCredited()),
      num(0),
      iff(
        and(
          bin('>', settledOpenExpr(), num(0)),
          bin('>', today, due),
          bin('>', col('amountInclVat'), num(0)),
        ),
        bin('-', today, due),
        num(0),
      ),
    ),
  );
}

function statusExpr(language: Language): Expr {
  const label = (k: keyof typeof STATUS_LABELS): Expr => str(STATUS_LABELS[k][language]);
  const amount = col('amountInclVat');
  const open = settledOpenExpr();
  const disputed = and(
    notBlank(col('disputedSince')),
    bin('<=', col('disputedSince'), today),
    or(isBlank(col('disputeResolvedOn')), bin('>', col('disputeResolvedOn'), today)),
  );
  const arrangement = bin(
    '>',
    {
      op: 'countifs',
      table: 'arrangements',
      criteria: [
        { field: 'invoiceNumber', test: '=', value: col('number') },
        upToToday('agreedOn'),
        { field: 'cancelledOn', test: '=', value: str('') },
      ],
    },
    num(0),
  );
  const pastDue = bin('-', today, col('dueDateComputed'));
  const chain: [Expr, keyof typeof STATUS_LABELS][] = [
    [bin('<', amount, num(0)), 'creditNote'],
    [fullyCredited(), 'credited'],
    [writtenOff, 'writtenOff'],
    [bin('<=', open, num(0)), 'paid'],
    [disputed, 'disputed'],
    [arrangement, 'arrangement'],
    [bin('>', paidExpr(), num(0)), 'partlyPaid'],
    [bin('=', pastDue, num(0)), 'dueToday'],
    [bin('>', pastDue, num(0)), 'overdue'],
  ];
  let e: Expr = label('open');
  for (let i = chain.length - 1; i >= 0; i--) {
    const [cond, kind] = chain[i] as [Expr, keyof typeof STATUS_LABELS];
    e = iff(cond, label(kind), e);
  }
  return iff(isBlank(amount), str(''), iff(isBlank(col('dueDateComputed')), str(''), e));
}

function customerOpenExpr(): Expr {
  return round(
    {
      op: 'sumifs',
      table: 'invoices',
      sum: 'open',
      criteria: [{ field: 'customerNumber', test: '=', value: col('number') }],
    },
    2,
  );
}

/** The status a row shows when a date, amount or term it needs is stored as text. */
const CHECK_INPUT_LABEL: Record<Language, string> = { nl: 'Controleer invoer', en: 'Check input' };

const NUMERIC = new Set(['date', 'cents', 'int']);

function children(e: Expr): Expr[] {
  switch (e.op) {
    case 'if':
      return [e.cond, e.then, e.else];
    case 'bin':
      return [e.a, e.b];
    case 'and':
    case 'or':
    case 'max':
      return e.args;
    case 'round':
    case 'istext':
    case 'isnumber':
      return [e.value];
    case 'iferror':
      return [e.value, e.fallback];
    case 'sumifs':
    case 'countifs':
      return e.criteria.map((c) => c.value);
    case 'lookup':
      return [e.key];
    default:
      return [];
  }
}

/** Fields read from the formula's own row. */
function ownFields(e: Expr, out = new Set<string>()): Set<string> {
  if (e.op === 'col') out.add(e.field);
  for (const child of children(e)) ownFields(child, out);
  return out;
}

/** Every calculated column, per table and field, in the order they must be evaluated. */
export function liveColumns(
  settings: Settings,
  language: Language,
): { table: TableId; field: string; expr: Expr }[] {
  const columns: { table: TableId; field: string; expr: Expr }[] = [
    { table: 'invoices', field: 'dueDateComputed', expr: dueDateExpr(settings) },
    { table: 'invoices', field: 'open', expr: openExpr() },
    { table: 'invoices', field: 'daysOverdue', expr: daysOverdueExpr() },
    { table: 'invoices', field: 'status', expr: statusExpr(language) },
    { table: 'customers', field: 'open', expr: customerOpenExpr() },
  ];
  // The typed dates, amounts and terms each column computes with, through the live columns of its
  // row it reads (Status reads Vervaldatum, which reads Factuurdatum).
  const inputs = new Map<string, Set<string>>();
  return columns.map((c) => {
    const spec = tableSpec(c.table).columns;
    const used = new Set<string>();
    for (const f of ownFields(c.expr)) {
      for (const g of inputs.get(`${c.table}.${f}`) ?? [f]) used.add(g);
    }
    inputs.set(`${c.table}.${c.field}`, used);
    const typed = spec
      .filter((s) => s.owner === 'user' && NUMERIC.has(s.type) && used.has(s.field))
      .map((s) => s.field);
    if (typed.length === 0) return c;
    const shown = str(c.field === 'status' ? CHECK_INPUT_LABEL[language] : '');
    return { ...c, expr: iff(or(...typed.map((f) => isText(col(f)))), shown, c.expr) };
  });
}

/**
 * Per table, the columns whose cells the live formulas compute with (the row's own cells and the
 * columns of other tables they sum, count or look up). A date, amount or number stored as text
 * in one of these is a cell the workbook's formulas cannot use: the codec warns about it.
 */
export function liveInputs(): Map<TableId, Set<string>> {
  const out = new Map<TableId, Set<string>>();
  const add = (table: string, field: string): void => {
    const id = table as TableId;
    if (!out.has(id)) out.set(id, new Set());
    out.get(id)?.add(field);
  };
  const walk = (self: TableId, e: Expr): void => {
    if (e.op === 'col') add(self, e.field);
    if (e.op === 'sumifs') add(e.table, e.sum);
    if (e.op === 'sumifs' || e.op === 'countifs') for (const c of e.criteria) add(e.table, c.field);
    if (e.op === 'lookup') [e.field, e.keyField].forEach((f) => add(e.table, f));
    for (const child of children(e)) walk(self, child);
  };
  for (const c of liveColumns(defaultSettings(), 'nl')) walk(c.table, c.expr);
  return out;
}

/**
 * Conditional highlight of overdue rows: Dagen over tijd > 0 (as a first-body-row expression).
 * ISNUMBER first: Excel ranks text above every number, so a blank ("") result would be "> 0".
 */
export function overdueHighlight(): Expr {
  return and(isNumber(col('daysOverdue')), bin('>', col('daysOverdue'), num(0)));
}
