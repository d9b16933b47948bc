/**
 * Issue 13 point 2 in a narrow pane (320 px, Excel's narrowest): invoice numbers never break
 * inside, wherever a view shows them, and the KPI tiles say what their figures count.
 */
import { ARTIFACTS } from './support/browser';
import { expectClean, openDemo, startRig, type DemoPage, type DemoRig } from './support/demo';

let rig: DemoRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

async function narrow(d: DemoPage, width: number): Promise<void> {
  await d.page.evaluate((w) => {
    const pane = document.querySelector<HTMLElement>('.demo-pane');
    if (pane) pane.style.width = `${w}px`;
  }, width);
  // Visible state: the pane has taken the width.
  await d.page.waitForFunction(
    (w) => document.querySelector('.demo-pane')?.getBoundingClientRect().width === w,
    width,
  );
}

/**
 * Every invoice number the pane shows as text (the sample's numbers: 2026-0021 and the like),
 * with the number of lines it is drawn on: the line boxes of its characters, told apart by top.
 */
function invoiceNumberLines(pane: HTMLElement): { text: string; lines: number }[] {
  const out: { text: string; lines: number }[] = [];
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/[A-Z]*\d{4}-\d{3,}/g)) {
      const range = document.createRange();
      range.setStart(node, m.index ?? 0);
      range.setEnd(node, (m.index ?? 0) + m[0].length);
      const tops = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)),
      );
      if (tops.size > 0) out.push({ text: m[0], lines: tops.size });
    }
  }
  return out;
}

describe('narrow pane (issue 13 point 2)', () => {
  it('never breaks an invoice number inside, on Vandaag, Facturen and the customer card', async () => {
    const d = await openDemo(rig);
    const seen: Record<string, number> = {};
    const broken: { view: string; width: number; text: string; lines: number }[] = [];
    for (const [tab, heading] of [
      ['Vandaag', 'Vandaag'],
      ['Facturen', 'Facturen'],
      ['Klant', 'Klantkaart'],
    ] as const) {
      await d.pane.getByRole('tab', { name: tab, exact: true }).click();
      await d.pane.getByRole('heading', { name: heading, level: 2 }).waitFor();
      // 320 px is Excel's narrowest pane; at 290 px the sample's Vandaag breaks numbers that are
      // not kept whole (measured), so the check can fail.
      for (const width of [320, 290]) {
        await narrow(d, width);
        const found = await d.pane.evaluate(invoiceNumberLines);
        seen[tab] = found.length;
        broken.push(...found.filter((x) => x.lines > 1).map((x) => ({ view: tab, width, ...x })));
        await d.pane.screenshot({ path: `${ARTIFACTS}/pane-${width}-numbers-${tab.toLowerCase()}.png` });
      }
    }
    // The check looked at real numbers: Vandaag and Facturen list the sample's overdue invoices.
    expect(seen['Vandaag']).toBeGreaterThan(3);
    expect(seen['Facturen']).toBeGreaterThan(3);
    expect(broken).toEqual([]);
    await expectClean(d);
  });

  it('gives every KPI tile a unit or a word, at 320 px as at 450 px', async () => {
    const d = await openDemo(rig);
    await d.pane.getByRole('tab', { name: 'Overzicht', exact: true }).click();
    await d.pane.getByRole('heading', { name: 'Overzicht', level: 2 }).waitFor();
    for (const width of [450, 320]) {
      await narrow(d, width);
      const tiles = await d.pane
        .locator('[data-kpi]')
        .evaluateAll((els) =>
          els.map((el) => Array.from(el.children).map((c) => (c.textContent ?? '').trim())),
        );
      expect(tiles.length).toBeGreaterThanOrEqual(4);
      for (const lines of tiles) {
        // No bare figure: each line that holds a figure names what it counts (€, facturen, dagen).
        for (const line of lines.filter((x) => /\d/.test(x)))
          expect(line).toMatch(/€|\bfacturen?\b|\bdagen?\b|%/);
        expect(lines.every((x) => x.length > 0)).toBe(true);
      }
      await d.pane.screenshot({ path: `${ARTIFACTS}/pane-${width}-kpis.png` });
    }
    await expectClean(d);
  });
});
