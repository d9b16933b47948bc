/**
 * Which customer an e-invoice's buyer is: the Klanten row with the same enterprise, KvK or VAT
 * number, else the same e-mail address, else exactly the same name. A buyer found nowhere becomes a
 * new customer numbered in the workbook's own pattern.
 *
 * Klanten has no column of the product's for a company number; a person who keeps one
 * ("KvK-nummer", "Ondernemingsnummer", "BTW-nummer", ...) has it read here by its header and
 * filled for new customers, and the number goes to Notities otherwise.
 */
import type { Customer } from '../../domain/model';
import type { UblBuyer, UblCompanyId } from '../../domain/ubl';
import type { Cell, TableSnapshot } from '../book';
import { normalizeHeader } from '../schema';

export type MatchedBy = 'company-id' | 'email' | 'name';

/** Headers of a person's company-number column (compared after normalizeHeader). */
const ID_HEADERS = [
  'KvK',
  'KvK-nummer',
  'KvK nr',
  'Kamer van Koophandel',
  'Ondernemingsnummer',
  'Ondernemingsnr',
  'KBO',
  'KBO-nummer',
  'BCE',
  'BTW-nummer',
  'BTW nr',
  'Btw-id',
  'BTW-identificatienummer',
  'VAT number',
  'VAT no.',
  'VAT ID',
  'Company number',
  'Company registration number',
  'Enterprise number',
].map(normalizeHeader);

/** Digits and letters only, upper case: "BE 0987.654.321" -> "BE0987654321". */
function plainId(id: string): string {
  return id.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** The forms an id may be written in: as is, and without a two-letter country prefix. */
function idForms(id: string): string[] {
  const plain = plainId(id);
  const bare = /^[A-Z]{2}(\d.*)$/.exec(plain)?.[1];
  return bare ? [plain, bare] : [plain];
}

export interface CustomerIndex {
  /** 0-based columns of Klanten holding company numbers, by their header. */
  idColumns: { index: number; header: string }[];
  match(buyer: UblBuyer): { customer: Customer; by: MatchedBy } | undefined;
  /** Makes a new customer known, so a later file of the same buyer finds it. */
  add(customer: Customer, ids: readonly UblCompanyId[]): void;
}

export function customerIndex(
  customers: readonly Customer[],
  snap: TableSnapshot | undefined,
  numberIndex: number | undefined,
): CustomerIndex {
  const idColumns = (snap?.headers ?? [])
    .map((header, index) => ({ header, index }))
    .filter((c) => ID_HEADERS.includes(normalizeHeader(c.header)));
  const byId = new Map<string, Customer>();
  const byEmail = new Map<string, Customer>();
  const byName = new Map<string, Customer>();
  const byNumber = new Map(customers.map((c) => [c.number, c]));
  const remember = (c: Customer, ids: readonly string[]): void => {
    for (const id of ids) for (const form of idForms(id)) if (!byId.has(form)) byId.set(form, c);
    const email = c.email?.trim().toLowerCase();
    if (email && !byEmail.has(email)) byEmail.set(email, c);
    if (!byName.has(c.name.trim())) byName.set(c.name.trim(), c);
  };
  // Company numbers typed in the person's own column, row by row beside the customer number.
  const idsOfRow = new Map<string, string[]>();
  if (snap && numberIndex !== undefined && idColumns.length > 0) {
    for (const row of snap.values) {
      const number = cellText(row[numberIndex]);
      if (!number) continue;
      idsOfRow.set(
        number,
        idColumns.map((c) => cellText(row[c.index])).filter((x): x is string => !!x),
      );
    }
  }
  for (const c of customers) remember(c, idsOfRow.get(c.number) ?? []);
  return {
    idColumns,
    match(buyer) {
      for (const id of buyer.companyIds)
        for (const form of idForms(id.id)) {
          const c = byId.get(form);
          if (c) return { customer: c, by: 'company-id' };
        }
      const email = buyer.email?.trim().toLowerCase();
      const viaEmail = email ? byEmail.get(email) : undefined;
      if (viaEmail) return { customer: viaEmail, by: 'email' };
      for (const name of [buyer.name, buyer.tradingName]) {
        const c = name ? byName.get(name.trim()) : undefined;
        if (c) return { customer: c, by: 'name' };
      }
      return undefined;
    },
    add(customer, ids) {
      byNumber.set(customer.number, customer);
      remember(
        customer,
        ids.map((i) => i.id),
      );
    },
  };
}

function cellText(v: Cell | undefined): string | undefined {
  if (v === null || v === undefined || typeof v === 'boolean') return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/**
 * The next customer number in the workbook's own pattern: the digits at the end of the highest
 * number count up with their width kept ("K041" -> "K042"); "K001" in an empty Klanten.
 */
export function nextCustomerNumber(existing: readonly string[]): string {
  const numbered = existing
    .map((n) => /^(.*?)(\d+)$/.exec(n.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .sort((a, b) => Number(a[2]) - Number(b[2]));
  const last = numbered[numbered.length - 1];
  const prefix = last ? (last[1] ?? '') : 'K';
  const width = last ? (last[2] ?? '').length : 3;
  let n = last ? Number(last[2]) + 1 : 1;
  const taken = new Set(existing.map((x) => x.trim()));
  let candidate = `${prefix}${String(n).padStart(width, '0')}`;
  while (taken.has(candidate)) candidate = `${prefix}${String(++n).padStart(width, '0')}`;
  return candidate;
}

const COUNTRY_NAMES: Record<string, { nl: string; en: string }> = {
  NL: { nl: 'Nederland', en: 'Netherlands' },
  BE: { nl: 'België', en: 'Belgium' },
  LU: { nl: 'Luxemburg', en: 'Luxembourg' },
  DE: { nl: 'Duitsland', en: 'Germany' },
  FR: { nl: 'Frankrijk', en: 'France' },
};

/** Klanten's Land column holds a country as a person writes it: the name for the neighbours, else the code. */
export function countryName(code: string, language: 'nl' | 'en'): string {
  return COUNTRY_NAMES[code.toUpperCase()]?.[language] ?? code;
}

/** The company numbers as one line for Notities, when Klanten has no column for them. */
export function idNote(ids: readonly UblCompanyId[], language: 'nl' | 'en'): string | undefined {
  if (ids.length === 0) return undefined;
  const label: Record<UblCompanyId['kind'], { nl: string; en: string }> = {
    kbo: { nl: 'Ondernemingsnummer', en: 'Enterprise number' },
    kvk: { nl: 'KvK', en: 'KvK (Dutch Chamber of Commerce)' },
    vat: { nl: 'Btw-nummer', en: 'VAT number' },
    other: { nl: 'Id', en: 'Id' },
  };
  const prefix = language === 'en' ? 'From the e-invoice' : 'Uit de e-factuur';
  return `${prefix}: ${ids.map((i) => `${label[i.kind][language]} ${i.id}`).join(', ')}`;
}
