/**
 * Realistic sample records for the demo workbook: about 40 Dutch (and two Flemish) customers with
 * two years of invoices up to `today`, each customer with its own payment habit, so every view of
 * the pane has something true to show. Deterministic: the same seed and `today` give the same
 * ledger, whatever the clock says.
 */
import { composeIBAN } from 'ibantools';
import { addDays, addMonths, toDayNumber, type IsoDate } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { addCents, cents, subtractCents, type Cents } from '../domain/money';
import { vatFromExcl } from '../domain/split';
import {
  defaultSettings,
  type Arrangement,
  type ContactEntry,
  type Customer,
  type CustomerKind,
  type Invoice,
  type Ledger,
  type Payment,
} from '../domain/model';

/** How a customer pays: the spread the pane's payment-behaviour view should tell apart. */
export type PaymentHabit = 'early' | 'onTime' | 'late' | 'worsening' | 'nonPayer';
export const PAYMENT_HABITS: readonly PaymentHabit[] = ['early', 'onTime', 'late', 'worsening', 'nonPayer'];

export interface SampleOptions {
  today: IsoDate;
  seed?: number;
}

export interface SampleData {
  ledger: Ledger;
  /** The habit each customer was generated with, by customer number. */
  habits: Record<string, PaymentHabit>;
  /** First invoice date: two years before today. */
  from: IsoDate;
}

// ------------------------------------------------------------------ seeded randomness

/** mulberry32: small, fast and good enough to vary sample data; never for anything secret. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new DomainError('invalid-input', 'pick from an empty list');
    return item;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i += 1) s += String(this.int(0, 9));
    return s;
  }
}

// ------------------------------------------------------------------ names and accounts

const FIRST_NAMES = [
  'Sanne',
  'Daan',
  'Femke',
  'Bram',
  'Lotte',
  'Joris',
  'Eva',
  'Thijs',
  'Noor',
  'Ruben',
  'Marloes',
  'Sem',
  'Inge',
  'Pieter',
  'Anouk',
  'Wouter',
  'Fleur',
  'Jeroen',
  'Ilse',
  'Koen',
  'Mirjam',
  'Hans',
  'Yara',
  'Mehmet',
  'Fatima',
  'Lars',
  'Esther',
  'Gert',
  'Nadia',
  'Tim',
];
const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
  'Jacobs',
  'Willems',
  'Yilmaz',
  'El Amrani',
  'Claes',
  'Peeters',
  'Maes',
];

interface BusinessSeed {
  name: string;
  segment: string;
  largeCompany?: boolean;
  country?: 'BE';
}

const BUSINESSES: BusinessSeed[] = [
  { name: 'Bakkerij De Korenschoof', segment: 'Horeca' },
  { name: 'Café Het Zwaantje', segment: 'Horeca' },
  { name: 'Restaurant De Waag', segment: 'Horeca' },
  { name: 'Installatiebedrijf Brouwer B.V.', segment: 'Bouw' },
  { name: 'Aannemersbedrijf Van Dam', segment: 'Bouw' },
  { name: 'Schildersbedrijf Kleurrijk', segment: 'Bouw' },
  { name: 'Dakwerken Noord V.O.F.', segment: 'Bouw' },
  { name: 'Fysiotherapie Oosterpark', segment: 'Zorg' },
  { name: 'Tandartspraktijk Lindenhof', segment: 'Zorg' },
  { name: 'Kinderopvang De Speeltuin', segment: 'Zorg' },
  { name: 'Boekhandel Het Leesteken', segment: 'Retail' },
  { name: 'Fietsenwinkel Trapper', segment: 'Retail' },
  { name: 'Bloemisterij Margriet', segment: 'Retail' },
  { name: 'Kaashandel De Goudse', segment: 'Retail' },
  { name: 'Webbureau Pixelpracht', segment: 'ICT' },
  { name: 'Datalab Utrecht B.V.', segment: 'ICT' },
  { name: 'Netwerkbeheer Oost', segment: 'ICT' },
  { name: 'Advocatenkantoor Meijer & De Wit', segment: 'Zakelijke dienstverlening' },
  { name: 'Administratiekantoor Telwerk', segment: 'Zakelijke dienstverlening' },
  { name: 'Vertaalbureau Babel', segment: 'Zakelijke dienstverlening' },
  { name: 'Transportbedrijf Snelweg B.V.', segment: 'Logistiek' },
  { name: 'Koeriersdienst Fietsend Fit', segment: 'Logistiek' },
  { name: 'Woningcorporatie Thuisbasis', segment: 'Vastgoed', largeCompany: true },
  { name: 'Retailgroep Noordwest N.V.', segment: 'Retail', largeCompany: true },
  { name: 'Gemeente Zuidwolde', segment: 'Overheid', largeCompany: true },
  { name: 'Brouwerij Het Anker BV', segment: 'Horeca', country: 'BE' },
  { name: 'Studio Vlaanderen', segment: 'ICT', country: 'BE' },
];

const AREA_CODES = [
  '010',
  '020',
  '023',
  '024',
  '026',
  '030',
  '033',
  '035',
  '040',
  '043',
  '050',
  '053',
  '058',
  '070',
  '073',
  '076',
];
const NL_BANKS = ['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ'];
const BE_BANKS = ['001', '068', '310', '363', '737'];

/** A Dutch account number passing the old eleven-test, as a real bank would issue. */
function dutchIban(dice: Dice): string {
  for (;;) {
    const nine = dice.digits(9);
    let sum = 0;
    for (let i = 0; i < 9; i += 1) sum += Number(nine[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const iban = composeIBAN({ countryCode: 'NL', bban: `${dice.pick(NL_BANKS)}${nine}${check}` });
    if (iban) return iban;
  }
}

/** A Belgian account: bank code + account, then the first ten digits mod 97 (0 becomes 97). */
function belgianIban(dice: Dice): string {
  for (;;) {
    const ten = `${dice.pick(BE_BANKS)}${dice.digits(7)}`;
    const mod = Number(BigInt(ten) % 97n);
    const iban = composeIBAN({
      countryCode: 'BE',
      bban: `${ten}${String(mod === 0 ? 97 : mod).padStart(2, '0')}`,
    });
    if (iban) return iban;
  }
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24);
}

// ------------------------------------------------------------------ products

interface Product {
  name: string;
  /** Typical price excl. VAT in cents, before variation. */
  price: Cents;
  vatPercent: 21 | 9;
}

const PRODUCTS: Product[] = [
  { name: 'Advies (uren)', price: cents(85_000), vatPercent: 21 },
  { name: 'Onderhoudscontract', price: cents(45_000), vatPercent: 21 },
  { name: 'Website-hosting', price: cents(12_500), vatPercent: 21 },
  { name: 'Installatie', price: cents(160_000), vatPercent: 21 },
  { name: 'Materialen', price: cents(62_000), vatPercent: 21 },
  { name: 'Training', price: cents(120_000), vatPercent: 21 },
  { name: 'Catering', price: cents(38_000), vatPercent: 9 },
  { name: 'Reparatie', price: cents(24_000), vatPercent: 21 },
];

// ------------------------------------------------------------------ habits

/** Days after the due date this invoice is paid; null: not paid (yet). */
function paymentDelay(
  habit: PaymentHabit,
  dice: Dice,
  invoiceDate: IsoDate,
  term: number,
  today: IsoDate,
): number | null {
  const age = toDayNumber(today) - toDayNumber(invoiceDate);
  switch (habit) {
    case 'early':
      return -dice.int(Math.min(5, term - 1), Math.max(5, term - 2));
    case 'onTime':
      return dice.int(-3, 2);
    case 'late':
      return dice.int(10, 20);
    case 'worsening':
      // Paid on time for most of the period; the last half year ever later, the newest not yet.
      if (age > 200) return dice.int(-2, 3);
      if (age > 60) return Math.round(((200 - age) / 140) * 35) + dice.int(5, 12);
      return null;
    case 'nonPayer':
      if (age > 420) return dice.int(20, 45);
      return null;
  }
}

// ------------------------------------------------------------------ the generator

interface Draft {
  customer: Customer;
  habit: PaymentHabit;
  /** Months between invoices. */
  every: number;
  product: Product;
}

const HABIT_PLAN: PaymentHabit[] = [
  ...Array<PaymentHabit>(7).fill('early'),
  ...Array<PaymentHabit>(16).fill('onTime'),
  ...Array<PaymentHabit>(10).fill('late'),
  ...Array<PaymentHabit>(4).fill('worsening'),
  ...Array<PaymentHabit>(3).fill('nonPayer'),
];

export const SAMPLE_CUSTOMER_COUNT = HABIT_PLAN.length;

function makeCustomers(dice: Dice): Draft[] {
  const drafts: Draft[] = [];
  const usedPeople = new Set<string>();
  const person = (): { first: string; last: string } => {
    for (;;) {
      const first = dice.pick(FIRST_NAMES);
      const last = dice.pick(LAST_NAMES);
      if (!usedPeople.has(`${first} ${last}`)) {
        usedPeople.add(`${first} ${last}`);
        return { first, last };
      }
    }
  };
  // Habits are dealt in a fixed interleaved order so businesses and consumers both get each.
  const habits = [...HABIT_PLAN];
  for (let i = habits.length - 1; i > 0; i -= 1) {
    const j = dice.int(0, i);
    const a = habits[i] as PaymentHabit;
    habits[i] = habits[j] as PaymentHabit;
    habits[j] = a;
  }
  const businessCount = BUSINESSES.length;
  for (let i = 0; i < habits.length; i += 1) {
    const habit = habits[i] as PaymentHabit;
    const number = `K${String(1001 + i)}`;
    const p = person();
    const contactName = `${p.first} ${p.last}`;
    const business = BUSINESSES[i % businessCount];
    const kind: CustomerKind = i < businessCount ? 'business' : 'consumer';
    if (kind === 'business' && business) {
      const terms = business.largeCompany ? [30] : [14, 30, 30, 30, 45, 60];
      const agreed = dice.chance(0.15) ? undefined : dice.pick(terms);
      const domain = `${slug(business.name)}.${business.country === 'BE' ? 'be' : 'nl'}`;
      drafts.push({
        customer: {
          number,
          name: business.name,
          contactName,
          email: `${slug(p.first)}@${domain}`,
          phone:
            business.country === 'BE'
              ? `+32 ${dice.int(2, 9)} ${dice.digits(3)} ${dice.digits(2)} ${dice.digits(2)}`
              : `${dice.pick(AREA_CODES)}-${dice.digits(7)}`,
          kind,
          paymentTermDays: agreed,
          segment: business.segment,
          largeCompany: business.largeCompany ?? false,
          ibans: [business.country === 'BE' ? belgianIban(dice) : dutchIban(dice)],
          language: business.country === 'BE' || !dice.chance(0.1) ? 'nl' : 'en',
        },
        habit,
        every: dice.pick([1, 1, 2, 3]),
        product: dice.pick(PRODUCTS),
      });
    } else {
      drafts.push({
        customer: {
          number,
          name: contactName,
          contactName,
          email: `${slug(p.first)}.${slug(p.last)}@${dice.pick(['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'outlook.com'])}`,
          phone: `06-${dice.digits(8)}`,
          kind,
          paymentTermDays: dice.pick([14, 14, 8]),
          segment: 'Particulier',
          largeCompany: false,
          ibans: [dutchIban(dice)],
          language: 'nl',
        },
        habit,
        every: dice.pick([3, 4, 6]),
        product: dice.pick(PRODUCTS.filter((pr) => pr.price < 100_000)),
      });
    }
  }
  return drafts;
}

function vatOf(excl: Cents, product: Product): Cents {
  return vatFromExcl(excl, product.vatPercent * 100).incl;
}

/** Generates the sample ledger: 40 customers, two years of invoices up to `today`. */
export function generateSampleData(options: SampleOptions): SampleData {
  const { today } = options;
  toDayNumber(today, 'today');
  const dice = new Dice(prng(options.seed ?? 20_241_122));
  const from = addDays(addMonths(today, -24), 1);
  const drafts = makeCustomers(dice);

  // 1. Invoice events per customer, then numbered in date order per year, as a trader would.
  interface Event {
    draft: Draft;
    date: IsoDate;
    product: Product;
    excl: Cents;
  }
  const events: Event[] = [];
  for (const draft of drafts) {
    let date = addDays(from, dice.int(0, 40));
    while (date <= today) {
      const product = dice.chance(0.75) ? draft.product : dice.pick(PRODUCTS);
      const scale = draft.customer.kind === 'consumer' ? 0.6 : draft.customer.largeCompany ? 2.5 : 1;
      const excl = cents(Math.round((product.price * scale * (0.6 + dice.float() * 0.9)) / 500) * 500);
      events.push({ draft, date, product, excl });
      date = addDays(addMonths(date, draft.every), dice.int(-4, 4));
    }
  }
  events.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.draft.customer.number < b.draft.customer.number ? -1 : 1,
  );
  const seqPerYear = new Map<string, number>();
  const nextNumber = (date: IsoDate): string => {
    const year = date.slice(0, 4);
    const n = (seqPerYear.get(year) ?? 0) + 1;
    seqPerYear.set(year, n);
    return `${year}-${String(n).padStart(4, '0')}`;
  };

  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const contacts: ContactEntry[] = [];
  const arrangements: Arrangement[] = [];
  const termOf = (c: Customer): number => c.paymentTermDays ?? (c.kind === 'consumer' ? 14 : 30);
  const byCustomerUnpaid = new Map<string, { invoice: Invoice; due: IsoDate }[]>();

  for (const ev of events) {
    const c = ev.draft.customer;
    const invoice: Invoice = {
      number: nextNumber(ev.date),
      customerNumber: c.number,
      invoiceDate: ev.date,
      deliveryDate: addDays(ev.date, -dice.int(0, 10)),
      description: `${ev.product.name} ${ev.date.slice(5, 7)}-${ev.date.slice(0, 4)}`,
      product: ev.product.name,
      amountExclVat: ev.excl,
      amountInclVat: vatOf(ev.excl, ev.product),
    };
    invoices.push(invoice);
    const term = termOf(c);
    const due = addDays(ev.date, term);
    let owed = invoice.amountInclVat;

    // A credit note now and then (a returned item, a billing mistake), dated a week later.
    if (dice.chance(0.04) && addDays(ev.date, 7) <= today) {
      const creditExcl = cents(-Math.round((ev.excl * dice.pick([0.1, 0.25, 0.5])) / 100) * 100);
      const credit: Invoice = {
        number: nextNumber(addDays(ev.date, 7)),
        customerNumber: c.number,
        invoiceDate: addDays(ev.date, 7),
        description: `Creditnota op ${invoice.number}`,
        product: ev.product.name,
        amountExclVat: creditExcl,
        amountInclVat: vatOf(creditExcl, ev.product),
        creditsInvoice: invoice.number,
      };
      invoices.push(credit);
      owed = addCents(owed, credit.amountInclVat);
    }

    const delay = paymentDelay(ev.draft.habit, dice, ev.date, term, today);
    const paidOn = delay === null ? null : addDays(due, delay);
    if (paidOn !== null && paidOn <= today) {
      const ref = `Factuur ${invoice.number}`;
      if (dice.chance(0.07) && owed > 20_000) {
        // Paid in two parts: a first part late-ish, the rest later.
        const first = cents(Math.round(owed / 2 / 100) * 100);
        const firstOn = addDays(paidOn, -dice.int(5, 12));
        payments.push({
          date: firstOn < ev.date ? ev.date : firstOn,
          invoiceNumber: invoice.number,
          customerNumber: c.number,
          amount: first,
          method: 'bank',
          reference: `${ref} (deel 1)`,
        });
        payments.push({
          date: paidOn,
          invoiceNumber: invoice.number,
          customerNumber: c.number,
          amount: subtractCents(owed, first),
          method: 'bank',
          reference: `${ref} (deel 2)`,
        });
      } else {
        payments.push({
          date: paidOn,
          invoiceNumber: invoice.number,
          customerNumber: c.number,
          amount: owed,
          method: 'bank',
          reference: ref,
        });
      }
    } else if (due < today) {
      const list = byCustomerUnpaid.get(c.number) ?? [];
      list.push({ invoice, due });
      byCustomerUnpaid.set(c.number, list);
    }
    // Habitually late customers got a friendly reminder first.
    if (
      ev.draft.habit === 'late' &&
      paidOn !== null &&
      paidOn <= today &&
      delay !== null &&
      delay > 14 &&
      dice.chance(0.5)
    ) {
      contacts.push({
        date: addDays(due, 8),
        customerNumber: c.number,
        invoiceNumber: invoice.number,
        channel: 'email',
        ladderStep: 'herinnering-1',
        summary: 'Vriendelijke herinnering verstuurd',
      });
    }
  }

  // 2. Open trouble: reminders for long-overdue invoices, disputes, one payment plan, a part payment.
  const drafted = (habit: PaymentHabit) => drafts.filter((d) => d.habit === habit);
  for (const d of drafted('nonPayer')) {
    const open = byCustomerUnpaid.get(d.customer.number) ?? [];
    const oldest = open[0];
    if (!oldest) continue;
    const steps: [string, number, ContactEntry['channel'], string][] = [
      ['herinnering-1', 3, 'email', 'Eerste herinnering per e-mail'],
      ['herinnering-2', 12, 'email', 'Tweede herinnering, betalingsregeling aangeboden'],
      ['aanmaning', 21, 'letter', 'Aanmaning (veertiendagenbrief) per post'],
    ];
    for (const [step, after, channel, summary] of steps) {
      const date = addDays(oldest.due, after);
      if (date <= today)
        contacts.push({
          date,
          customerNumber: d.customer.number,
          invoiceNumber: oldest.invoice.number,
          channel,
          ladderStep: step,
          summary,
        });
    }
    const call = addDays(oldest.due, 30);
    if (call <= today) {
      contacts.push({
        date: call,
        customerNumber: d.customer.number,
        channel: 'phone',
        summary: `Gebeld met ${d.customer.contactName ?? d.customer.name}: belooft te betalen, geen reactie gevolgd`,
        followUpDate: addDays(call, 14),
      });
    }
  }

  // A payment plan for the largest open invoice of the first non-payer; one instalment paid.
  const planner = drafted('nonPayer')[0];
  const planOpen = planner ? (byCustomerUnpaid.get(planner.customer.number) ?? []) : [];
  const planned = [...planOpen].sort((a, b) => b.invoice.amountInclVat - a.invoice.amountInclVat)[0];
  if (planner && planned) {
    const agreedOn = addDays(today, -45);
    const total = planned.invoice.amountInclVat;
    const part = cents(Math.floor(total / 3));
    arrangements.push({
      invoiceNumber: planned.invoice.number,
      agreedOn,
      instalments: [
        { dueDate: addDays(agreedOn, 14), amount: part },
        { dueDate: addDays(agreedOn, 44), amount: part },
        { dueDate: addDays(agreedOn, 74), amount: cents(total - 2 * part) },
      ],
      note: 'Drie termijnen afgesproken na telefoongesprek',
    });
    payments.push({
      date: addDays(agreedOn, 13),
      invoiceNumber: planned.invoice.number,
      customerNumber: planner.customer.number,
      amount: part,
      method: 'bank',
      reference: `Termijn 1 ${planned.invoice.number}`,
    });
    contacts.push({
      date: agreedOn,
      customerNumber: planner.customer.number,
      invoiceNumber: planned.invoice.number,
      channel: 'phone',
      summary: 'Betalingsregeling in drie termijnen afgesproken',
    });
  }

  // Disputes: one open on a worsening customer's recent invoice, one resolved earlier.
  const worsening = drafted('worsening');
  const disputeTargets = [worsening[0], drafted('late')[0]];
  disputeTargets.forEach((d, i) => {
    if (!d) return;
    const open = byCustomerUnpaid.get(d.customer.number) ?? [];
    const target =
      open[open.length - 1]?.invoice ??
      invoices.filter((inv) => inv.customerNumber === d.customer.number && !inv.creditsInvoice).at(-3);
    if (!target) return;
    target.disputedSince = addDays(target.invoiceDate, 10);
    target.disputeNote = i === 0 ? 'Klant betwist het aantal uren' : 'Levering onvolledig volgens klant';
    if (i === 1) target.disputeResolvedOn = addDays(target.invoiceDate, 24);
    contacts.push({
      date: target.disputedSince,
      customerNumber: d.customer.number,
      invoiceNumber: target.number,
      channel: 'email',
      summary: target.disputeNote,
    });
  });

  // A part payment on an open invoice of a worsening customer: the tell-tale of cash trouble.
  const partPayer = worsening[1];
  const partOpen = partPayer ? byCustomerUnpaid.get(partPayer.customer.number)?.[0] : undefined;
  if (partPayer && partOpen) {
    const date = addDays(partOpen.due, 5) <= today ? addDays(partOpen.due, 5) : today;
    payments.push({
      date,
      invoiceNumber: partOpen.invoice.number,
      customerNumber: partPayer.customer.number,
      amount: cents(Math.round(partOpen.invoice.amountInclVat / 4 / 100) * 100),
      method: 'bank',
      reference: `Deelbetaling ${partOpen.invoice.number}`,
    });
  }

  // A few ordinary contacts: meetings and calls that are not about money.
  for (const d of drafts.slice(0, 6)) {
    const date = addDays(today, -dice.int(10, 300));
    contacts.push({
      date,
      customerNumber: d.customer.number,
      channel: dice.pick(['meeting', 'phone'] as const),
      summary: dice.pick([
        'Jaarlijks evaluatiegesprek',
        'Offerte voor uitbreiding besproken',
        'Nieuwe contactpersoon doorgegeven',
      ]),
    });
  }

  const byDate = <T extends { date: IsoDate }>(a: T, b: T): number =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  payments.sort(byDate);
  contacts.sort(byDate);

  const habits: Record<string, PaymentHabit> = {};
  for (const d of drafts) habits[d.customer.number] = d.habit;
  return {
    ledger: {
      customers: drafts.map((d) => d.customer),
      invoices,
      payments,
      contacts,
      arrangements,
      settings: defaultSettings({
        language: 'nl',
        tone: 'formal',
        country: 'NL',
        companyName: 'Studio Klaver',
        companyIban: 'NL91ABNA0417164300',
        companyEmail: 'administratie@studioklaver.nl',
        companyPhone: '030-1234567',
        senderName: 'Marieke Klaver',
        businessTermDays: 30,
        consumerTermDays: 14,
        // The bank statement was read in two days ago, so the pane does not nag about payments.
        lastBankImport: addDays(today, -2),
      }),
    },
    habits,
    from,
  };
}
