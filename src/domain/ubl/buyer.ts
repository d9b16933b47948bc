/**
 * The buyer (AccountingCustomerParty) as a customer: legal and trading name, the identifiers a
 * register gives it, the contact and the postal address.
 */
import type { FieldReader } from './fields';
import type { UblAddress, UblBuyer, UblCompanyId } from './types';
import { at, attributeOf, child, children, textOf, type XmlNode } from './xmlTree';

/**
 * ISO 6523 / Peppol EAS codes for the registers a Dutch or Belgian customer is found in
 * (Peppol code lists, "ICD" and "EAS"): 0106 KvK, 0190 the Dutch OIN, 0208 the Belgian enterprise
 * number, 9925 the Belgian VAT number, 9944 the Dutch VAT number.
 */
const SCHEME_KIND: Record<string, UblCompanyId['kind']> = {
  '0106': 'kvk',
  '0208': 'kbo',
  '9925': 'vat',
  '9944': 'vat',
};

function companyId(node: XmlNode | undefined, fallback: UblCompanyId['kind']): UblCompanyId | undefined {
  const id = textOf(node);
  if (!id) return undefined;
  const scheme = attributeOf(node, 'schemeID');
  const out: UblCompanyId = { kind: (scheme && SCHEME_KIND[scheme]) || fallback, id };
  if (scheme) out.scheme = scheme;
  return out;
}

function address(node: XmlNode | undefined): UblAddress | undefined {
  if (!node) return undefined;
  const out: UblAddress = {};
  const street = [textOf(child(node, 'cbc:StreetName')), textOf(child(node, 'cbc:AdditionalStreetName'))]
    .filter((s): s is string => !!s)
    .join(', ');
  if (street) out.street = street;
  const postcode = textOf(child(node, 'cbc:PostalZone'));
  if (postcode) out.postcode = postcode;
  const city = textOf(child(node, 'cbc:CityName'));
  if (city) out.city = city;
  const country = textOf(at(node, 'cac:Country', 'cbc:IdentificationCode'));
  if (country) out.country = country;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Reads the buyer under `root`; refuses a buyer without any name. */
export function readBuyer(root: XmlNode, rootName: string, fields: FieldReader): UblBuyer | undefined {
  const partyPath = `${rootName}/cac:AccountingCustomerParty/cac:Party`;
  const party = at(root, 'cac:AccountingCustomerParty', 'cac:Party');
  if (!party) {
    fields.refuse(partyPath, 'missing', {
      nl: 'de koper (AccountingCustomerParty) ontbreekt',
      en: 'the buyer (AccountingCustomerParty) is missing',
    });
    return undefined;
  }
  const legal = child(party, 'cac:PartyLegalEntity');
  const legalName = textOf(child(legal, 'cbc:RegistrationName'));
  const tradingName = textOf(at(party, 'cac:PartyName', 'cbc:Name'));
  const name = legalName ?? tradingName;
  if (!name) {
    fields.refuse(`${partyPath}/cac:PartyLegalEntity/cbc:RegistrationName`, 'missing', {
      nl: 'de naam van de koper ontbreekt',
      en: "the buyer's name is missing",
    });
    return undefined;
  }
  const ids = [
    companyId(child(legal, 'cbc:CompanyID'), 'other'),
    ...children(party, 'cac:PartyTaxScheme').map((t) => companyId(child(t, 'cbc:CompanyID'), 'vat')),
    companyId(child(party, 'cbc:EndpointID'), 'other'),
    ...children(party, 'cac:PartyIdentification').map((p) => companyId(child(p, 'cbc:ID'), 'other')),
  ].filter((x): x is UblCompanyId => !!x);
  const seen = new Set<string>();
  const companyIds = ids.filter((x) => {
    const key = `${x.kind}:${x.id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const buyer: UblBuyer = { name, companyIds };
  if (tradingName && tradingName !== name) buyer.tradingName = tradingName;
  const contact = child(party, 'cac:Contact');
  const contactName = textOf(child(contact, 'cbc:Name'));
  if (contactName) buyer.contactName = contactName;
  const email = textOf(child(contact, 'cbc:ElectronicMail'));
  if (email) buyer.email = email;
  const phone = textOf(child(contact, 'cbc:Telephone'));
  if (phone) buyer.phone = phone;
  const postal = address(child(party, 'cac:PostalAddress'));
  if (postal) buyer.address = postal;
  return buyer;
}
