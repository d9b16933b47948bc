/**
 * Reads one Peppol BIS Billing 3.0 invoice or credit note (UBL 2.1) the trader sent, into the
 * model's invoice and its buyer. Pure: the text comes in, the document or every located refusal
 * goes out.
 *
 * Amounts (LegalMonetaryTotal, EN 16931 BT-106..BT-115): the invoice's "excl. VAT" is
 * TaxExclusiveAmount; what the customer owes ("incl. VAT") is PayableAmount, which the standard
 * defines as TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount (BR-CO-16): a prepaid part
 * was paid already, so it must not show up as open. A file whose totals break that rule is refused,
 * as is any amount in another currency than EUR or with more than two decimals.
 * A CreditNote's amounts are negated (the model keeps credit notes negative); a credit note, or an
 * invoice with a negative amount due, credits the invoice its BillingReference names.
 */
import { cents, ZERO_CENTS, type Cents } from '../money';
import { readBuyer } from './buyer';
import { FieldReader } from './fields';
import type { UblInvoice, UblReadResult } from './types';
import { at, child, children, parseUblXml, textOf } from './xmlTree';

/** A term in days from a payment-terms note ("Payment within 30 days", "binnen 14 dagen", "net 30"). */
export function termDaysFromNote(note: string): number | undefined {
  // A discount condition ("10 days, 2% discount") is not the term.
  if (note.includes('%')) return undefined;
  const found = [
    ...note.matchAll(/\b(\d{1,3})\s*(?:dagen|dag|days?|jours|tage|dgn)\b/gi),
    ...note.matchAll(/\bnet(?:to)?\s+(\d{1,3})\b/gi),
  ].map((m) => Number(m[1]));
  const distinct = [...new Set(found)];
  return distinct.length === 1 && (distinct[0] as number) <= 365 ? distinct[0] : undefined;
}

const MAX_NAMES_IN_DESCRIPTION = 5;

export function readUbl(file: string, xml: string): UblReadResult {
  const parsed = parseUblXml(xml);
  if ('refusal' in parsed) return { ok: false, problems: [{ file, ...parsed.refusal }] };
  const { root: rootName, node: root } = parsed;
  const credit = rootName === 'CreditNote';
  const f = new FieldReader(file);
  const p = (...names: string[]): string => [rootName, ...names].join('/');

  const number = f.required(child(root, 'cbc:ID'), p('cbc:ID'), {
    nl: 'het factuurnummer (cbc:ID)',
    en: 'the invoice number (cbc:ID)',
  });
  f.required(child(root, 'cbc:IssueDate'), p('cbc:IssueDate'), {
    nl: 'de factuurdatum (cbc:IssueDate)',
    en: 'the invoice date (cbc:IssueDate)',
  });
  const invoiceDate = f.date(child(root, 'cbc:IssueDate'), p('cbc:IssueDate'));
  const dueDate = credit
    ? f.date(at(root, 'cac:PaymentMeans', 'cbc:PaymentDueDate'), p('cac:PaymentMeans', 'cbc:PaymentDueDate'))
    : f.date(child(root, 'cbc:DueDate'), p('cbc:DueDate'));
  const deliveryDate = f.date(
    at(root, 'cac:Delivery', 'cbc:ActualDeliveryDate'),
    p('cac:Delivery', 'cbc:ActualDeliveryDate'),
  );

  const currencyPath = p('cbc:DocumentCurrencyCode');
  const currency = f.required(child(root, 'cbc:DocumentCurrencyCode'), currencyPath, {
    nl: 'de valuta (cbc:DocumentCurrencyCode)',
    en: 'the currency (cbc:DocumentCurrencyCode)',
  });
  if (currency !== undefined && currency !== 'EUR') {
    f.refuse(
      currencyPath,
      'currency',
      {
        nl: `factuur in ${currency}: alleen euro (EUR) wordt ingelezen`,
        en: `invoice in ${currency}: only euro (EUR) is read`,
      },
      currency,
    );
    f.currencyRefused = true;
  }

  const totals = child(root, 'cac:LegalMonetaryTotal');
  const total = (name: string, required: boolean): Cents | undefined => {
    const path = p('cac:LegalMonetaryTotal', name);
    if (required)
      f.required(child(totals, name), path, { nl: `het bedrag ${name}`, en: `the amount ${name}` });
    return f.amount(child(totals, name), path);
  };
  const excl = total('cbc:TaxExclusiveAmount', true);
  const incl = total('cbc:TaxInclusiveAmount', true);
  const payable = total('cbc:PayableAmount', true);
  const prepaid = total('cbc:PrepaidAmount', false) ?? ZERO_CENTS;
  const rounding = total('cbc:PayableRoundingAmount', false) ?? ZERO_CENTS;
  if (incl !== undefined && payable !== undefined && incl - prepaid + rounding !== payable)
    f.refuse(p('cac:LegalMonetaryTotal', 'cbc:PayableAmount'), 'totals', {
      nl: 'het te betalen bedrag is niet TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount (regel BR-CO-16)',
      en: 'the amount due is not TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount (rule BR-CO-16)',
    });

  const buyer = readBuyer(root, rootName, f);

  if (
    f.problems.length > 0 ||
    number === undefined ||
    invoiceDate === undefined ||
    excl === undefined ||
    incl === undefined ||
    payable === undefined ||
    !buyer
  )
    return { ok: false, problems: f.problems };

  const sign = credit ? -1 : 1;
  const signed = (c: Cents): Cents => (c === 0 ? c : cents(sign * c));
  const invoice: UblInvoice = {
    documentKind: credit ? 'credit-note' : 'invoice',
    number,
    invoiceDate,
    amountExclVat: signed(excl),
    amountInclVat: signed(payable),
    totalInclVat: signed(incl),
    prepaid: signed(prepaid),
  };
  if (dueDate) invoice.dueDate = dueDate;
  const note = children(root, 'cac:PaymentTerms')
    .map((t) => textOf(child(t, 'cbc:Note')))
    .filter((n): n is string => !!n)
    .join(' ');
  if (note) {
    invoice.paymentTermsNote = note;
    const days = dueDate ? undefined : termDaysFromNote(note);
    if (days !== undefined) invoice.paymentTermDays = days;
  }
  if (deliveryDate) invoice.deliveryDate = deliveryDate;
  const names = children(root, credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine')
    .map((line) => textOf(at(line, 'cac:Item', 'cbc:Name')))
    .filter((n): n is string => !!n);
  if (names.length > 0) {
    invoice.product = names[0] as string;
    const distinct = [...new Set(names)];
    const shown = distinct.slice(0, MAX_NAMES_IN_DESCRIPTION).join('; ');
    invoice.description = distinct.length > MAX_NAMES_IN_DESCRIPTION ? `${shown}; …` : shown;
  }
  const paymentId = children(root, 'cac:PaymentMeans')
    .map((m) => textOf(child(m, 'cbc:PaymentID')))
    .find((x) => !!x);
  if (paymentId) invoice.paymentReference = paymentId;
  const credited = textOf(at(root, 'cac:BillingReference', 'cac:InvoiceDocumentReference', 'cbc:ID'));
  if (credited && invoice.amountInclVat < 0) invoice.creditsInvoice = credited;
  return { ok: true, document: { file, invoice, buyer } };
}
