/** `remind` for a Belgian workbook: the country setting picks the Belgian ladder and texts. */
import { reminderFiles } from '../../src/cli/reminders';
import { defaultSettings, type Ledger } from '../../src/domain/model';
import { isoDate } from '../../src/domain/dates';
import { cents } from '../../src/domain/money';

/** The body of a quoted-printable .eml, decoded (soft line breaks joined, =XX bytes as UTF-8). */
function bodyOf(eml: string): string {
  const body = eml.slice(eml.indexOf('\r\n\r\n') + 4).replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i += 1) {
    const hex = body[i] === '=' ? /^[0-9A-F]{2}/.exec(body.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(body.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

function ledger(country: 'NL' | 'BE'): Ledger {
  return {
    customers: [{ number: 'K2', name: 'Jan Peeters', kind: 'consumer', ibans: [], email: 'jan@example.be' }],
    invoices: [
      {
        number: 'F1',
        customerNumber: 'K2',
        invoiceDate: isoDate('2026-02-01'),
        paymentTermDays: 14,
        amountExclVat: cents(12100),
        amountInclVat: cents(12100),
      },
    ],
    payments: [],
    contacts: [],
    arrangements: [],
    settings: defaultSettings({
      country,
      companyName: 'Atelier Hout',
      companyIban: 'BE68539007547034',
      chargeCollectionCosts: true,
    }),
  };
}

describe('reminderFiles under Belgian law', () => {
  it("drafts the consumer's free first reminder with its waiting term; the same file in Nederland does not", () => {
    const be = reminderFiles(ledger('BE'), isoDate('2026-02-16'));
    expect(be.failures).toEqual([]);
    expect(be.files.map((f) => f.fileName)).toEqual(['2026-02-16_K2_herinnering-1.eml']);
    const text = bodyOf(be.files[0]!.eml);
    expect(text).toContain('Deze eerste herinnering is kosteloos. U kunt tot en met 4 maart 2026 betalen');
    expect(text).toContain('schadevergoeding van €\u00a020,00');

    const nl = bodyOf(reminderFiles(ledger('NL'), isoDate('2026-02-16')).files[0]!.eml);
    expect(nl).not.toContain('kosteloos');
    expect(nl).toContain('uiterlijk 23 februari 2026');
  });
});
