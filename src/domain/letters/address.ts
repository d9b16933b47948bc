/**
 * The recipient's address block of a letter, as PostNL asks for it: name, street and number,
 * postcode and city (two spaces apart, the city in capitals), at most six lines, and the country
 * only for mail abroad (https://www.postnl.nl/en/sending/sending-a-parcel/addressing-tips/).
 */
import type { Customer, Language, Settings } from '../model';
import { LETTER_LABELS } from './labels';

export type AddressField = 'street' | 'postcode' | 'city';

export interface AddressBlock {
  lines: string[];
  /** The fields a letter cannot go without that Klanten leaves empty (no letter then). */
  missing: AddressField[];
}

/** How people write the two countries the product knows; anything else is abroad. */
const COUNTRY_NAMES: Record<Settings['country'], readonly string[]> = {
  NL: ['nederland', 'netherlands', 'the netherlands', 'nl', 'nld', 'holland'],
  BE: ['belgie', 'belgië', 'belgium', 'belgique', 'be', 'bel'],
};

function isHomeCountry(country: string, home: Settings['country']): boolean {
  return COUNTRY_NAMES[home].includes(country.trim().toLowerCase());
}

const MAX_ADDRESS_LINES = 6;

export function addressBlock(
  customer: Pick<Customer, 'name' | 'kind' | 'contactName' | 'street' | 'postcode' | 'city' | 'country'>,
  home: Settings['country'],
  language: Language,
): AddressBlock {
  const street = customer.street?.trim() ?? '';
  const postcode = customer.postcode?.trim() ?? '';
  const city = customer.city?.trim() ?? '';
  const missing: AddressField[] = [];
  if (!street) missing.push('street');
  if (!postcode) missing.push('postcode');
  if (!city) missing.push('city');
  const name = customer.name.trim();
  const contact = customer.contactName?.trim() ?? '';
  const lines = [name];
  if (customer.kind === 'business' && contact && contact !== name)
    lines.push(`${LETTER_LABELS[language].attention} ${contact}`);
  if (street) lines.push(street);
  if (postcode || city) lines.push([postcode, city.toUpperCase()].filter(Boolean).join('  '));
  const country = customer.country?.trim() ?? '';
  if (country && !isHomeCountry(country, home)) lines.push(country.toUpperCase());
  return { lines: lines.slice(0, MAX_ADDRESS_LINES), missing };
}
