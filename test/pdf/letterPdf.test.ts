/**
 * The letter PDF read back by poppler (pdftotext, pdftoppm), independent of pdf-lib: the text, the
 * address inside the envelope's window, page breaks, characters the standard font lacks, the QR.
 */
import jsQR from 'jsqr';
import { todaysReminders } from '../../src/domain/actions';
import { letterContent, type LetterContent } from '../../src/domain/letters';
import type { Ledger } from '../../src/domain/model';
import { letterPdf } from '../../src/pdf/letterPdf';
import { ADDRESS_WINDOW_MM } from '../../src/pdf/letterWindow';
import { LETTER_TODAY, letterLedger } from '../domain/letters/letterLedger';
import { pagePixels, pdfText, pdfWords } from './readPdf';

function contents(ledger: Ledger): LetterContent[] {
  return todaysReminders(ledger, LETTER_TODAY).map((a) =>
    letterContent({
      input: a.input!,
      draft: a.draft!,
      customer: ledger.customers.find((c) => c.number === a.group.customerNumber)!,
      settings: ledger.settings,
      today: LETTER_TODAY,
    }),
  );
}

describe('letterPdf', () => {
  it('prints the letterhead, the reminder’s text, the invoices with days overdue and the total', async () => {
    const [k1] = contents(letterLedger());
    const text = pdfText(await letterPdf(k1!, LETTER_TODAY));
    for (const expected of [
      'Studio Noord',
      'Markt 3',
      '1011 AA Amsterdam',
      'Amsterdam, 23 november 2026',
      `Betreft: ${k1!.subject}`,
      'Klantnummer: K1',
      k1!.before[0]!,
      'Dit is mijn laatste herinnering.',
      'Met vriendelijke groet,',
      'Anna de Boer',
      'KvK 12345678',
      'Btw-nr. NL001234567B01',
      'Betalen met uw bank-app? Scan deze code.',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/F1\s+01-09-2026\s+01-10-2026\s+53\s+€ 3\.000,00/);
    expect(text).toMatch(/F2\s+05-09-2026\s+05-10-2026\s+49\s+€ 1\.000,00/);
    expect(text).toMatch(/Totaal\s+€ 4\.000,00/);
    // The invoice list is the table's only: the e-mail's text lines are not printed beside it.
    expect(text.match(/^\s*F1\s+\d/gm)).toHaveLength(1);
  });

  it('puts every word of the address inside the envelope’s window', async () => {
    for (const letter of contents(letterLedger())) {
      const words = pdfWords(await letterPdf(letter, LETTER_TODAY));
      const addressWords = letter.address.lines.flatMap((line) => line.split(/\s+/));
      const w = ADDRESS_WINDOW_MM;
      for (const word of addressWords) {
        const found = words.find(
          (x) => x.page === 1 && x.text === word && x.yMin > w.top && x.yMax < w.top + w.height,
        );
        expect({ word, found: found !== undefined }).toEqual({ word, found: true });
        expect(found!.xMin).toBeGreaterThanOrEqual(w.left);
        expect(found!.xMax).toBeLessThanOrEqual(w.left + w.width);
      }
      // Nothing else shows through the window.
      const inWindow = words.filter(
        (x) =>
          x.page === 1 &&
          x.xMax > w.left &&
          x.xMin < w.left + w.width &&
          x.yMax > w.top &&
          x.yMin < w.top + w.height,
      );
      expect(inWindow.map((x) => x.text).sort()).toEqual([...addressWords].sort());
    }
  });

  it('keeps a long address line inside the window by setting it smaller', async () => {
    const [k1] = contents(letterLedger());
    const letter = {
      ...k1!,
      address: {
        ...k1!.address,
        lines: [
          'Coöperatieve Vereniging Bouwbedrijf Van der Heijden-Oosterhout',
          'Dorpsstraat 12a',
          '3511 AB  UTRECHT',
        ],
      },
    };
    const words = pdfWords(await letterPdf(letter, LETTER_TODAY)).filter(
      (x) => x.page === 1 && x.yMax < 90 && x.yMin > 45,
    );
    expect(Math.max(...words.map((x) => x.xMax))).toBeLessThanOrEqual(
      ADDRESS_WINDOW_MM.left + ADDRESS_WINDOW_MM.width,
    );
  });

  it('runs over pages with the table header repeated and page numbers', async () => {
    const [k1] = contents(letterLedger());
    const rows = Array.from({ length: 60 }, (_, i) => ({ ...k1!.invoices[0]!, number: `F${1000 + i}` }));
    const text = pdfText(await letterPdf({ ...k1!, invoices: rows }, LETTER_TODAY));
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages.slice(0, -1))
      expect(p).toMatch(/Factuur\s+Factuurdatum\s+Vervaldatum\s+Dagen te laat\s+Openstaand/);
    expect(text).toContain(`pagina 1 van ${pages.length}`);
    expect(text).toContain(`pagina ${pages.length} van ${pages.length}`);
    for (const r of rows) expect(text).toContain(r.number);
  });

  it('writes English, and brings characters the standard font lacks into it visibly instead of failing', async () => {
    const ledger = letterLedger({ language: 'en' });
    ledger.customers[0] = { ...ledger.customers[0]!, name: 'Łódź Bakery 🍞', city: 'Ελλάδα' };
    const [k1] = contents(ledger);
    const text = pdfText(await letterPdf(k1!, LETTER_TODAY));
    expect(text).toContain('Subject: ');
    expect(text).toContain('Customer no.: K1');
    expect(text).toMatch(/Invoice\s+Invoice date\s+Due date\s+Days overdue\s+Outstanding/);
    expect(text).toContain('Lódz Bakery ?');
    expect(text).toContain('Kind regards,');
  });

  it('prints a QR that a decoder reads back as the reminder’s payment, and none without one', async () => {
    const [k1] = contents(letterLedger());
    const bytes = await letterPdf(k1!, LETTER_TODAY);
    const qrPage = pdfWords(bytes).find((w) => w.text === 'Scan')!.page;
    const { data, width, height } = pagePixels(bytes, qrPage);
    const found = jsQR(data, width, height);
    expect(found).not.toBeNull();
    const payload = Buffer.from(found!.binaryData).toString('utf8');
    expect(payload).toBe('payload' in k1!.qr ? k1!.qr.payload : 'none');
    expect(payload.split('\n')).toEqual(expect.arrayContaining(['NL91ABNA0417164300', 'EUR4000.00']));

    const noQr = pdfText(await letterPdf({ ...k1!, qr: { problem: 'iban-invalid' } }, LETTER_TODAY));
    expect(noQr).not.toContain('Scan deze code');
  });
});
