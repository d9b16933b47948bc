/**
 * Today's reminder drafts as .eml files: the core's dunning plan, one draft per customer and
 * step. The file name is stable per customer, step and day, so running twice overwrites rather
 * than duplicates.
 */
import { dunningPlan } from '../domain/dunning';
import type { Customer, Ledger } from '../domain/model';
import { draftReminder } from '../domain/reminders';
import { buildEml } from './eml';

export interface ReminderFile {
  fileName: string;
  customerNumber: string;
  stepId: string;
  /** Empty when the customer has no e-mail address: the draft is written without a recipient. */
  to: string;
  eml: string;
  warnings: string[];
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
}

export function reminderFiles(ledger: Ledger, extraCustomers: Customer[], today: string): ReminderFile[] {
  const full: Ledger = { ...ledger, customers: [...ledger.customers, ...extraCustomers] };
  const invoices = new Map(full.invoices.map((i) => [i.number, i]));
  return dunningPlan(full, full.settings, today).map((group) => {
    const draft = draftReminder({
      step: { id: group.step.id, kind: group.step.kind, offerPaymentPlan: group.step.offerPaymentPlan },
      customer: group.customer,
      invoices: group.invoices.map((a) => {
        const inv = invoices.get(a.invoiceNumber);
        return {
          number: a.invoiceNumber,
          invoiceDate: inv?.invoiceDate ?? a.invoiceDueDate,
          dueDate: a.invoiceDueDate,
          openCents: a.open,
          ...(inv?.paymentReference ? { paymentReference: inv.paymentReference } : {}),
        };
      }),
      newTermUntil: group.newTermUntil,
      today,
      settings: full.settings,
    });
    const address = group.customer.email?.trim() ?? '';
    const to = address ? [{ address, ...(group.customer.contactName ? { name: group.customer.contactName } : {}) }] : [];
    const from = full.settings.companyEmail
      ? { address: full.settings.companyEmail, name: full.settings.senderName ?? full.settings.companyName }
      : undefined;
    const eml = buildEml({
      ...(from ? { from } : {}),
      to,
      subject: draft.subject,
      body: draft.body,
      date: today,
      messageId: `${today}.${group.customerNumber}.${group.step.id}@klant-inzicht.invalid`,
    });
    return {
      fileName: `${today}_${safeName(group.customerNumber)}_${safeName(group.step.id)}.eml`,
      customerNumber: group.customerNumber,
      stepId: group.step.id,
      to: address,
      eml,
      warnings: draft.warnings.map((w) => w.message),
    };
  });
}
