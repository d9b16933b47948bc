/**
 * `remind`'s drafts as a mail program reads them: Python's e-mail parser (Debian's /usr/bin/python3)
 * takes the .eml apart, and the inline QR image is decoded with omggif + jsQR.
 */
import { cents } from '../../src/domain/money';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reminderFiles } from '../../src/cli/reminders';
import { generateRf } from '../../src/domain/bank/references';
import { defaultSettings, type Ledger } from '../../src/domain/model';
import { decodeQrGif } from '../support/qrDecode';
import { isoDate } from '../../src/domain/dates';

interface Part {
  type: string;
  contentId?: string | null;
  disposition?: string | null;
  fileName?: string | null;
  text?: string;
  base64?: string;
}
interface Parsed {
  subject: string;
  defects: string[];
  parts: Part[];
}

const PY = path.join(__dirname, 'emlParse.py');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ki-eml-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parse(eml: string): Parsed {
  const file = path.join(dir, `m${Math.random().toString(36).slice(2)}.eml`);
  writeFileSync(file, eml);
  return JSON.parse(execFileSync('/usr/bin/python3', [PY, file], { encoding: 'utf8' })) as Parsed;
}

const RF = generateRf('F2026017');

function ledger(language: 'nl' | 'en' = 'nl'): Ledger {
  return {
    customers: [
      { number: 'K1', name: 'Dakwerken Noord', kind: 'business', ibans: [], email: 'info@dakwerken.example' },
    ],
    invoices: [
      {
        number: 'F2026-017',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-10-01'),
        paymentTermDays: 30,
        amountExclVat: cents(100000),
        amountInclVat: cents(121000),
        paymentReference: RF,
      },
    ],
    payments: [{ date: isoDate('2026-10-20'), amount: cents(21000), invoiceNumber: 'F2026-017' }],
    contacts: [],
    arrangements: [],
    settings: defaultSettings({
      language,
      companyName: 'Studio Noord',
      companyIban: 'NL91 ABNA 0417 1643 00',
    }),
  } as Ledger;
}

describe('remind: the payment QR inline and the invoices attached', () => {
  it('shows the QR as an inline image the HTML refers to by Content-ID, decoding to every field', () => {
    const { files } = reminderFiles(ledger(), isoDate('2026-11-10'));
    expect(files).toHaveLength(1);
    const parsed = parse(files[0]!.eml);
    expect(parsed.defects).toEqual([]);
    const types = parsed.parts.map((p) => p.type);
    expect(types).toEqual([
      'multipart/alternative',
      'text/plain',
      'multipart/related',
      'text/html',
      'image/gif',
    ]);
    const plain = parsed.parts[1]!.text ?? '';
    expect(plain).toContain('F2026-017');
    expect(plain).not.toMatch(/bijlage/i);
    const image = parsed.parts[4]!;
    expect(image.disposition).toBe('inline');
    const cid = (image.contentId ?? '').replace(/^<|>$/g, '');
    expect(cid).not.toBe('');
    expect(parsed.parts[3]!.text).toContain(`src="cid:${cid}"`);
    const decoded = decodeQrGif(Buffer.from(image.base64 ?? '', 'base64'));
    expect(decoded?.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      'Studio Noord',
      'NL91ABNA0417164300',
      'EUR1000.00',
      '',
      RF,
    ]);
  });

  it('attaches the invoice PDFs when every one is known, and only then says so', () => {
    const pdf = Buffer.from('%PDF-1.4\n% stand-in invoice\n%%EOF\n');
    const { files } = reminderFiles(ledger(), isoDate('2026-11-10'), {
      invoiceFile: (n) => (n === 'F2026-017' ? { fileName: `${n}.pdf`, data: pdf } : undefined),
    });
    const parsed = parse(files[0]!.eml);
    expect(parsed.defects).toEqual([]);
    expect(parsed.parts[0]!.type).toBe('multipart/mixed');
    const attachment = parsed.parts.find((p) => p.disposition === 'attachment');
    expect(attachment).toMatchObject({ type: 'application/pdf', fileName: 'F2026-017.pdf' });
    expect(Buffer.from(attachment?.base64 ?? '', 'base64').equals(pdf)).toBe(true);
    const plain = parsed.parts.find((p) => p.type === 'text/plain')?.text ?? '';
    expect(plain).toContain('Een kopie van de factuur stuur ik mee als bijlage.');
    expect(files[0]!.attached).toEqual(['F2026-017.pdf']);
  });

  it('attaches nothing and promises nothing when an invoice file is missing, and says which', () => {
    const { files } = reminderFiles(ledger('en'), isoDate('2026-11-10'), { invoiceFile: () => undefined });
    const parsed = parse(files[0]!.eml);
    expect(parsed.parts.some((p) => p.disposition === 'attachment')).toBe(false);
    const plain = parsed.parts.find((p) => p.type === 'text/plain')?.text ?? '';
    expect(plain).not.toMatch(/attached/i);
    expect(files[0]!.warnings).toContain('invoices not attached: no PDF in the invoice folder for F2026-017');
  });

  it('writes no QR, and says why, when the settings cannot make one', () => {
    const l = ledger('en');
    l.settings.companyBic = 'NOT A BIC';
    const { files } = reminderFiles(l, isoDate('2026-11-10'));
    const parsed = parse(files[0]!.eml);
    expect(parsed.parts.map((p) => p.type)).toEqual(['text/plain']);
    expect(files[0]!.warnings).toContain('no payment QR: the BIC in Settings is invalid');
  });
});
