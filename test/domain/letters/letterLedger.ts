/** A ledger whose final notices are due on 2026-11-23: a business (K1) and a consumer (K2) with an address. */
import {
  defaultSettings,
  type ContactEntry,
  type Customer,
  type Invoice,
  type Ledger,
} from '../../../src/domain/model';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const sent = (invoiceNumber: string, customerNumber: string): ContactEntry[] => [
  {
    date: isoDate('2026-10-02'),
    customerNumber,
    invoiceNumber,
    channel: 'email',
    ladderStep: 'herinnering-1',
    summary: '',
  },
  {
    date: isoDate('2026-10-10'),
    customerNumber,
    invoiceNumber,
    channel: 'email',
    ladderStep: 'herinnering-2',
    summary: '',
  },
];

const invoice = (
  number: string,
  customerNumber: string,
  amount: number,
  invoiceDate = '2026-09-01',
): Invoice => ({
  number,
  customerNumber,
  invoiceDate: isoDate(invoiceDate),
  paymentTermDays: 30,
  amountExclVat: cents(amount),
  amountInclVat: cents(amount),
});

export const LETTER_TODAY = isoDate('2026-11-23');

export function letterLedger(settings: Parameters<typeof defaultSettings>[0] = {}): Ledger {
  const business: Customer = {
    number: 'K1',
    name: 'Bakkerij Jansen',
    contactName: 'Els Jansen',
    kind: 'business',
    ibans: [],
    street: 'Dorpsstraat 12a',
    postcode: '3511 AB',
    city: 'Utrecht',
  };
  const consumer: Customer = {
    number: 'K2',
    name: 'P. de Vries',
    contactName: 'Piet de Vries',
    kind: 'consumer',
    ibans: [],
    street: 'Kerkstraat 1',
    postcode: '2000',
    city: 'Antwerpen',
    country: 'België',
  };
  return {
    customers: [business, consumer],
    invoices: [
      invoice('F1', 'K1', 300000),
      invoice('F2', 'K1', 100000, '2026-09-05'),
      invoice('F3', 'K2', 50000),
    ],
    payments: [],
    contacts: [...sent('F1', 'K1'), ...sent('F2', 'K1'), ...sent('F3', 'K2')],
    arrangements: [],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      senderName: 'Anna de Boer',
      companyIban: 'NL91ABNA0417164300',
      companyStreet: 'Markt 3',
      companyPostcode: '1011 AA',
      companyCity: 'Amsterdam',
      companyPhone: '020-1234567',
      companyEmail: 'anna@studionoord.example',
      enterpriseNumber: '12345678',
      vatNumber: 'NL001234567B01',
      chargeCollectionCosts: true,
      chargeInterest: true,
      ...settings,
    }),
  };
}
