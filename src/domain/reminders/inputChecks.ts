/** Checks of the drafter's input: each bad value is a DomainError naming its path. */
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { assertIsoDate } from '../dates';
import { DomainError, requireObject, requireOneOf } from '../errors';
import { dunningStepKindSchema, type Language } from '../model';
import { assertCents } from '../money';
import { formatShortDate } from './format';
import type { ReminderClaim, ReminderInvoice, ReminderStep } from './types';

export function pick<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  path: string,
): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new DomainError('invalid-input', `unsupported ${path} ${JSON.stringify(value)}`, { path, value });
  return r.data;
}

export function checkStep(step: Pick<ReminderStep, 'id' | 'kind'>): void {
  if (!step || typeof step.id !== 'string' || step.id.trim() === '') {
    throw new DomainError('invalid-input', 'a dunning step needs an id', {
      path: 'step.id',
      value: step?.id,
    });
  }
  pick(dunningStepKindSchema, step.kind, 'step.kind');
}

export function checkInvoices(invoices: readonly ReminderInvoice[], language: Language): ReminderInvoice[] {
  if (!Array.isArray(invoices) || invoices.length === 0) {
    throw new DomainError('invalid-input', 'a reminder needs at least one overdue invoice', {
      path: 'invoices',
    });
  }
  const seen = new Set<string>();
  invoices.forEach((inv, i) => {
    const at = `invoices[${i}]`;
    requireObject(inv, at);
    if (typeof inv.number !== 'string' || inv.number.trim() === '') {
      throw new DomainError('invalid-input', 'an invoice needs a number', {
        path: `${at}.number`,
        value: inv.number,
      });
    }
    if (seen.has(inv.number))
      throw new DomainError('duplicate', `invoice ${inv.number} is listed twice`, {
        path: `${at}.number`,
        value: inv.number,
      });
    seen.add(inv.number);
    if (inv.stage !== undefined)
      requireOneOf(
        inv.stage,
        ['friendly', 'second', 'final', 'collection', 'reminded', 'overdue'],
        `${at}.stage`,
      );
    if (inv.remindedOn !== undefined) assertIsoDate(inv.remindedOn, `${at}.remindedOn`);
    formatShortDate(inv.invoiceDate, language, `${at}.invoiceDate`);
    formatShortDate(inv.dueDate, language, `${at}.dueDate`);
    assertCents(inv.openCents, `${at}.openCents`);
    if (inv.openCents <= 0) {
      throw new DomainError('invalid-amount', `invoice ${inv.number} has nothing open`, {
        path: `${at}.openCents`,
        value: inv.openCents,
      });
    }
  });
  // Oldest debt first, as a person reads a statement.
  return [...invoices].sort(
    (a, b) => cmp(a.dueDate, b.dueDate) || cmp(a.invoiceDate, b.invoiceDate) || cmp(a.number, b.number),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function checkClaim(claim: ReminderClaim): void {
  requireObject(claim, 'claim');
  for (const k of ['interestCents', 'costsCents', 'costsVatCents'] as const) {
    assertCents(claim[k], `claim.${k}`);
    if (claim[k] < 0)
      throw new DomainError('invalid-amount', 'must not be negative', {
        path: `claim.${k}`,
        value: claim[k],
      });
  }
}

/** A reminder without a valid account to pay to is useless, so this is an error, not a blank. */
export function companyIban(raw: string): string {
  const electronic = electronicFormatIBAN(raw ?? '') ?? '';
  if (electronic === '') {
    throw new DomainError('invalid-input', 'set the company IBAN in the settings before drafting reminders', {
      path: 'settings.companyIban',
    });
  }
  if (!isValidIBAN(electronic)) {
    throw new DomainError('invalid-input', 'the company IBAN in the settings is not valid', {
      path: 'settings.companyIban',
      value: raw,
    });
  }
  return friendlyFormatIBAN(electronic) ?? electronic;
}
