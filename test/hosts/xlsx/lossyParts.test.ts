/**
 * Issue 10 point 4: before a save, every part the host cannot write back is known, and the save is
 * refused with the list unless forced; a forced save of an .xlsm writes no macro part.
 */
import JSZip from 'jszip';
import { XlsxBook, XlsxHostError } from '../../../src/hosts/xlsx/xlsxBook';

async function plain(): Promise<Uint8Array> {
  const book = XlsxBook.create();
  await book.apply([{ kind: 'addSheet', sheet: 'Blad1' }]);
  return book.toBuffer();
}

const SPARKLINES =
  '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">Blad1!A1:C1</xm:f><xm:sqref xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">D1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';

async function withParts(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await plain());
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', `${SPARKLINES}</worksheet>`));
  zip.file('xl/externalLinks/externalLink1.xml', '<externalLink/>');
  zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
  zip.file(
    'xl/drawings/drawing1.xml',
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp><xdr:txBody/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('parts a save would lose', () => {
  it('are listed with their parts, and the save is refused in the workbook language', async () => {
    const book = await XlsxBook.fromBuffer(await withParts());
    expect(book.lossyParts.map((p) => p.en).sort()).toEqual(
      ['links to other workbooks', 'macros', 'sparklines', 'text boxes and shapes'].sort(),
    );
    const e = await book.toBuffer().then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(XlsxHostError);
    expect((e as XlsxHostError).problem).toBe('would-lose-parts');
    const message = (e as Error).message;
    expect(message).toMatch(/^Niet opgeslagen: dit programma kan .* niet terugschrijven/);
    for (const part of [
      'sparklines (xl/worksheets/sheet1.xml)',
      'macro’s (xl/vbaProject.bin)',
      'xl/externalLinks/',
    ])
      expect(message).toContain(part);
  });

  it('a forced save goes ahead, and a workbook with macros comes out without a macro part', async () => {
    const book = await XlsxBook.fromBuffer(await withParts());
    expect(book.macroEnabled).toBe(true);
    const out = await JSZip.loadAsync(await book.toBuffer({ force: true }));
    expect(out.file('xl/vbaProject.bin')).toBeNull();
    const types = (await out.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).not.toContain('macroEnabled');
  });

  it('nothing is listed for an ordinary workbook, and it saves without force', async () => {
    const book = await XlsxBook.fromBuffer(await plain());
    expect(book.lossyParts).toEqual([]);
    expect(book.macroEnabled).toBe(false);
    await expect(book.toBuffer()).resolves.toBeInstanceOf(Uint8Array);
  });
});
