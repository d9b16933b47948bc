import { isValidIBAN } from 'ibantools';
import { addDays, daysBetween, isoDate } from '../../src/domain/dates';
import { indexLedger, settle } from '../../src/domain/ledger';
import {
  arrangementSchema,
  contactEntrySchema,
  customerSchema,
  invoiceSchema,
  paymentSchema,
  settingsSchema,
} from '../../src/domain/model';
import {
  generateSampleData,
  PAYMENT_HABITS,
  SAMPLE_CUSTOMER_COUNT,
  type PaymentHabit,
} from '../../src/demo/sampleData';
import { termDays } from './termDays';

const TODAY = isoDate('2026-11-22');
const sample = generateSampleData({ today: TODAY });
const { ledger } = sample;
const index = indexLedger(ledger);

/** Amount-weighted mean of days paid after the due date, over fully paid invoices. */
function meanDelay(customerNumber: string, from: string, to: string): number | null {
  let weighted = 0;
  let total = 0;
  const customer = index.customersByNumber.get(customerNumber);
  for (const inv of index.invoicesByCustomer.get(customerNumber) ?? []) {
    if (inv.creditsInvoice || inv.invoiceDate < from || inv.invoiceDate > to) continue;
    const s = settle(inv, index, isoDate(TODAY));
    if (!s.settledOn || !customer) continue;
    const due = addDays(inv.invoiceDate, termDays(customer));
    weighted += daysBetween(due, s.settledOn) * inv.amountInclVat;
    total += inv.amountInclVat;
  }
  return total === 0 ? null : weighted / total;
}

function customersWith(habit: PaymentHabit): string[] {
  return Object.entries(sample.habits)
    .filter(([, h]) => h === habit)
    .map(([n]) => n);
}

describe('generateSampleData', () => {
  it('is deterministic for a seed and today, and changes with the seed', () => {
    expect(generateSampleData({ today: TODAY })).toEqual(sample);
    const other = generateSampleData({ today: TODAY, seed: 7 });
    expect(other.ledger.invoices).not.toEqual(ledger.invoices);
  });

  it('moves with today: nothing dated after it, two years of invoices before it', () => {
    for (const today of ['2025-03-01', '2028-02-29', TODAY]) {
      const s = generateSampleData({ today: isoDate(today) });
      const dates = s.ledger.invoices.map((i) => i.invoiceDate).sort();
      expect(dates.at(-1)! <= today).toBe(true);
      expect(dates[0]! >= s.from).toBe(true);
      expect(daysBetween(dates[0]!, dates.at(-1)!)).toBeGreaterThan(680);
      expect(s.ledger.payments.every((p) => p.date <= today)).toBe(true);
      expect(s.ledger.contacts.every((c) => c.date <= today)).toBe(true);
    }
  });

  it('rejects a today that is not a date', () => {
    expect(() => generateSampleData({ today: '22-11-2026' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });

  it('has 40 customers, businesses and consumers, with unique numbers and valid IBANs', () => {
    expect(ledger.customers).toHaveLength(40);
    expect(SAMPLE_CUSTOMER_COUNT).toBe(40);
    expect(new Set(ledger.customers.map((c) => c.number)).size).toBe(40);
    const kinds = new Set(ledger.customers.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['business', 'consumer']));
    for (const c of ledger.customers) {
      expect(c.ibans.length).toBeGreaterThan(0);
      for (const iban of c.ibans) expect(isValidIBAN(iban)).toBe(true);
      expect(c.contactName).toMatch(/^\S+ .+/);
    }
    expect(isValidIBAN(ledger.settings.companyIban)).toBe(true);
    expect(ledger.customers.some((c) => c.ibans.some((i) => i.startsWith('BE')))).toBe(true);
  });

  it('Dutch account numbers pass the eleven-test', () => {
    for (const iban of ledger.customers.flatMap((c) => c.ibans).filter((i) => i.startsWith('NL'))) {
      const digits = iban.slice(8);
      const sum = [...digits].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
      expect(sum % 11).toBe(0);
    }
  });

  it('every record passes the model schemas and refers to what exists', () => {
    for (const c of ledger.customers) expect(customerSchema.parse(c)).toEqual(c);
    for (const i of ledger.invoices) expect(invoiceSchema.parse(i)).toEqual(i);
    for (const p of ledger.payments) expect(paymentSchema.parse(p)).toEqual(p);
    for (const e of ledger.contacts) expect(contactEntrySchema.parse(e)).toEqual(e);
    for (const a of ledger.arrangements) expect(arrangementSchema.parse(a)).toEqual(a);
    expect(settingsSchema.parse(ledger.settings)).toEqual(ledger.settings);
    expect(new Set(ledger.invoices.map((i) => i.number)).size).toBe(ledger.invoices.length);
    for (const i of ledger.invoices) expect(index.customersByNumber.has(i.customerNumber)).toBe(true);
    for (const p of ledger.payments) expect(index.invoicesByNumber.has(p.invoiceNumber ?? '')).toBe(true);
    for (const e of ledger.contacts) expect(index.customersByNumber.has(e.customerNumber)).toBe(true);
  });

  it('holds products, credit notes, part payments, disputes, an arrangement and reminders', () => {
    expect(new Set(ledger.invoices.map((i) => i.product)).size).toBeGreaterThanOrEqual(5);
    const credits = ledger.invoices.filter((i) => i.creditsInvoice);
    expect(credits.length).toBeGreaterThan(3);
    for (const c of credits) {
      expect(c.amountInclVat).toBeLessThan(0);
      expect(index.invoicesByNumber.get(c.creditsInvoice!)?.customerNumber).toBe(c.customerNumber);
    }
    const partlyPaid = [...index.paymentsByInvoice.values()].filter((ps) => ps.length > 1);
    expect(partlyPaid.length).toBeGreaterThan(2);
    expect(ledger.invoices.some((i) => i.disputedSince && !i.disputeResolvedOn)).toBe(true);
    expect(ledger.invoices.some((i) => i.disputeResolvedOn)).toBe(true);
    expect(ledger.arrangements).toHaveLength(1);
    const plan = ledger.arrangements[0]!;
    const planned = plan.instalments.reduce((s, i) => s + i.amount, 0);
    expect(planned).toBe(index.invoicesByNumber.get(plan.invoiceNumber)?.amountInclVat);
    expect(ledger.contacts.some((c) => c.ladderStep === 'aanmaning')).toBe(true);
    // No invoice is paid more than it asks (credit notes included).
    for (const inv of ledger.invoices)
      if (!inv.creditsInvoice) expect(settle(inv, index, isoDate(TODAY)).open).toBeGreaterThanOrEqual(0);
  });

  it('gives each payment habit to customers, and the habits show in the payments', () => {
    for (const habit of PAYMENT_HABITS) expect(customersWith(habit).length).toBeGreaterThan(0);
    const from = sample.from;
    for (const n of customersWith('early')) expect(meanDelay(n, from, TODAY)!).toBeLessThan(-3);
    for (const n of customersWith('onTime'))
      expect(Math.abs(meanDelay(n, from, TODAY)!)).toBeLessThanOrEqual(3);
    for (const n of customersWith('late')) {
      const d = meanDelay(n, from, TODAY)!;
      expect(d).toBeGreaterThanOrEqual(10);
      expect(d).toBeLessThanOrEqual(20);
    }
    for (const n of customersWith('worsening')) {
      const before = meanDelay(n, from, addDays(isoDate(TODAY), -200))!;
      const recent = meanDelay(n, addDays(isoDate(TODAY), -200), TODAY);
      expect(before).toBeLessThanOrEqual(3);
      // Recently later, or not paying at all any more.
      if (recent !== null) expect(recent).toBeGreaterThan(before + 5);
      const open = (index.invoicesByCustomer.get(n) ?? []).filter(
        (i) => settle(i, index, isoDate(TODAY)).open > 0,
      );
      expect(recent !== null || open.length > 0).toBe(true);
    }
    for (const n of customersWith('nonPayer')) {
      const lastYear = (index.invoicesByCustomer.get(n) ?? []).filter(
        (i) => !i.creditsInvoice && i.invoiceDate > addDays(isoDate(TODAY), -365),
      );
      expect(lastYear.length).toBeGreaterThan(0);
      expect(lastYear.every((i) => settle(i, index, isoDate(TODAY)).open > 0)).toBe(true);
    }
  });
});
