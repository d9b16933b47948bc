/** Issue 10 point 12: size and ratio limits, checked on the zip directory before reading. */
import JSZip from 'jszip';
import { XlsxBook, XlsxHostError } from '../../../src/hosts/xlsx/xlsxBook';

async function refusal(bytes: Uint8Array, options: Parameters<typeof XlsxBook.fromBuffer>[1] = {}) {
  const e = await XlsxBook.fromBuffer(bytes, options).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(XlsxHostError);
  expect((e as XlsxHostError).problem).toBe('too-large');
  return (e as XlsxHostError).message;
}

async function smallWorkbook(): Promise<Uint8Array> {
  const book = XlsxBook.create();
  await book.apply([{ kind: 'addSheet', sheet: 'Blad1' }]);
  return book.toBuffer();
}

describe('package limits', () => {
  it('refuses a part that unpacks to far more than its size, naming the part and the limit', async () => {
    const zip = await JSZip.loadAsync(await smallWorkbook());
    zip.file('xl/worksheets/sheet1.xml', `<worksheet>${'<row/>'.repeat(600_000)}</worksheet>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await refusal(bomb)).toMatch(
      /^Deze werkmap is te groot om veilig te openen: onderdeel xl\/worksheets\/sheet1\.xml pakt uit tot \d+ keer zijn grootte \(de grens is 200 keer\)\./,
    );
  });

  it('refuses a package whose parts together unpack beyond the limit, in the caller language', async () => {
    const message = await refusal(await smallWorkbook(), {
      language: 'en',
      limits: { maxUncompressedBytes: 2048 },
    });
    expect(message).toMatch(
      /^This workbook is too large to open safely: unpacked it is \d+ KB \(the limit is 2 KB\)/,
    );
  });

  it('opens an ordinary workbook under the default limits', async () => {
    await expect(XlsxBook.fromBuffer(await smallWorkbook())).resolves.toBeInstanceOf(XlsxBook);
  });
});
