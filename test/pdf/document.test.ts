import { PdfWriter, drawQr, drawTable, pageLabel } from '../../src/pdf';
import { pdfPages, pdfQr, pdfText } from './_poppler';

const meta = { title: 'Proef', language: 'nl-NL', madeOn: '2026-11-30' };

describe('the PDF primitives, read back with poppler', () => {
  it('breaks a 120-row table over pages, repeating its header, and numbers the pages', async () => {
    const w = await PdfWriter.create(meta);
    w.text('Rekeningoverzicht', { size: 16, bold: true });
    drawTable(
      w,
      [
        { header: 'Datum', share: 2 },
        { header: 'Omschrijving', share: 5 },
        { header: 'Bedrag', share: 2, align: 'right' },
      ],
      Array.from({ length: 120 }, (_, i) => ({ cells: ['2026-01-01', `Regel ${i + 1}`, `${i + 1},00`] })),
    );
    const pages = pdfPages(await w.save(pageLabel('nl')));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toMatch(/Datum\s+Omschrijving\s+Bedrag/);
      expect(page).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    const all = pages.join('\n');
    for (let i = 1; i <= 120; i++) expect(all).toMatch(new RegExp(`Regel ${i}\\s+${i},00`));
    // Every row once, none cut in two.
    expect(all.match(/Regel \d+/g)).toHaveLength(120);
  });

  it('English page numbers', async () => {
    const w = await PdfWriter.create({ ...meta, language: 'en-GB' });
    w.text('Statement');
    expect(pdfText(await w.save(pageLabel('en')))).toContain('page 1 of 1');
  });

  it('draws text outside WinAnsi visibly instead of throwing', async () => {
    const w = await PdfWriter.create({ ...meta, title: 'Łódź 😀' });
    w.text('Łódź Kraków — Ελλάδα 😀 € 12,50 Zoë “quoted”');
    const text = pdfText(await w.save(pageLabel('nl')));
    expect(text).toContain('Lódz Kraków — ?????? ? € 12,50 Zoë “quoted”');
  });

  it('wraps a long paragraph within the margins and cuts a word wider than the line', async () => {
    const w = await PdfWriter.create(meta);
    w.text(`${'woord '.repeat(60)}${'X'.repeat(200)}`, { width: 200 });
    const lines = pdfText(await w.save(pageLabel('nl')))
      .split('\n')
      .filter((l) => /woord|X/.test(l));
    expect(lines.length).toBeGreaterThan(8);
    expect(lines.join(' ').match(/woord/g)).toHaveLength(60);
    expect(lines.join('').replace(/[^X]/g, '')).toHaveLength(200);
  });

  it('draws a QR code an independent decoder reads', async () => {
    const w = await PdfWriter.create(meta);
    const payload = 'BCD\n002\n1\nSCT\n\nCafé Zoë\nNL91ABNA0417164300\nEUR12.50\n\n\nFactuur F1';
    drawQr(w.page, payload, 100, 400, 120);
    expect(pdfQr(await w.save(pageLabel('nl')))).toBe(payload);
  });
});
