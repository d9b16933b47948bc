/**
 * Today's reminder drafts as .eml files: the core's todaysRemindersReport (the ladder, the law and
 * the texts), one message per customer listing every overdue invoice at its own stage. The file
 * name is stable per customer, leading step and day, so running twice overwrites rather than
 * duplicates. A draft that cannot be made (no IBAN in the settings, a rate the table lacks) is
 * reported for that customer only, not written; every other customer's draft still is.
 */
import { todaysRemindersReport } from '../domain/actions';
import type { Ledger } from '../domain/model';
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

export interface ReminderFailure {
  customerNumber: string;
  /** The message's leading step; empty when the failure is one invoice the plan could not judge. */
  stepId: string;
  /** Set when the failure concerns one invoice (the rest of the customer's message may stand). */
  invoiceNumber?: string;
  /** The core's error code and field path, by which the CLI words `why` in the workbook's language. */
  code: string;
  path?: string;
  /** The core's own message (English). */
  why: string;
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
}

/** `ledger` as loadLedger gives it: customers already include stand-ins for unknown numbers. */
export function reminderFiles(
  ledger: Ledger,
  today: string,
): { files: ReminderFile[]; failures: ReminderFailure[] } {
  const files: ReminderFile[] = [];
  const failures: ReminderFailure[] = [];
  const report = todaysRemindersReport(ledger, today);
  for (const f of report.failures) {
    failures.push({
      customerNumber: f.customerNumber,
      stepId: '',
      invoiceNumber: f.invoiceNumber,
      code: f.error.code,
      ...(f.error.where.path ? { path: f.error.where.path } : {}),
      why: f.error.message,
    });
  }
  for (const { group, draft, error } of report.actions) {
    if (!draft) {
      failures.push({
        customerNumber: group.customerNumber,
        stepId: group.step.id,
        code: error?.code ?? 'unsupported',
        ...(error?.where.path ? { path: error.where.path } : {}),
        why: error?.message ?? 'no draft',
      });
      continue;
    }
    const address = group.customer.email?.trim() ?? '';
    const to = address
      ? [{ address, ...(group.customer.contactName ? { name: group.customer.contactName } : {}) }]
      : [];
    const from = ledger.settings.companyEmail
      ? {
          address: ledger.settings.companyEmail,
          name: ledger.settings.senderName ?? ledger.settings.companyName,
        }
      : undefined;
    const eml = buildEml({
      ...(from ? { from } : {}),
      to,
      subject: draft.subject,
      body: draft.body,
      date: today,
      messageId: `${today}.${group.customerNumber}.${group.step.id}@klant-inzicht.invalid`,
    });
    files.push({
      fileName: `${today}_${safeName(group.customerNumber)}_${safeName(group.step.id)}.eml`,
      customerNumber: group.customerNumber,
      stepId: group.step.id,
      to: address,
      eml,
      warnings: draft.warnings.map((w) => w.message),
    });
  }
  return { files, failures };
}
