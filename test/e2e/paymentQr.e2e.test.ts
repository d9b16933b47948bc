/**
 * The reminder view's payment QR in Chromium, on the demo page: the image the browser shows is
 * drawn to a canvas and decoded with jsQR, and every field is held to what the pane writes beside it.
 */
import jsQR from 'jsqr';
import { checkView, expectClean, openDemo, plainSpaces, startRig, type DemoRig } from './support/demo';

let rig: DemoRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

describe('the payment QR in the reminder view', () => {
  it('shows a QR a banking app can read: payee, IBAN, amount and reference as the pane states them', async () => {
    const d = await openDemo(rig);
    await d.pane
      .getByRole('button', { name: /opstellen voor|^Opstellen$/ })
      .first()
      .click();
    await d.pane.getByRole('heading', { name: 'Herinnering' }).waitFor();
    const img = d.pane.getByRole('img', { name: /Betaal-QR-code/ });
    await img.waitFor();
    await d.pane.getByRole('heading', { name: 'Betaal-QR' }).scrollIntoViewIfNeeded();
    await checkView(d, 'reminder-qr');

    const pixels = await img.evaluate(async (el) => {
      const image = el as HTMLImageElement;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, rgba: Array.from(data.data) };
    });
    const found = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height);
    expect(found).not.toBeNull();
    const lines = Buffer.from(found!.binaryData).toString('utf8').split('\n');

    const field = async (label: string) =>
      plainSpaces(await d.pane.locator(`dt:text-is("${label}") + dd`).innerText());
    expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
    expect(lines[5]).toBe(await field('Begunstigde'));
    expect(lines[6]).toBe(await field('IBAN'));
    // "€ 1.234,56" in the pane is "EUR1234.56" in the code.
    const amount = (await field('Bedrag')).replace(/[€\s.]/g, '').replace(',', '.');
    expect(lines[7]).toBe(`EUR${amount}`);
    const reference = await field('Kenmerk');
    expect([lines[9], lines[10]]).toContain(reference);
    await expectClean(d);
  });
});
