/**
 * The first view the build ships for the sample's fixed date (firstViewData.ts) against what the
 * page shows once the worker's book is there: the pane's first load and the grid, read from that
 * book as the page reads it after it crossed to the page (structured clone). Through JSON, as the
 * file travels: a value JSON cannot carry (a Map, a Date, undefined in a list) fails here.
 */
import { precomputedFirstView, sampleFirstViewJson } from '../../src/demo/firstViewData';
import { plainSample } from '../../src/demo/firstView';
import { gridOf } from '../../src/demo/gridModel';
import { SAMPLE_DATE, demoToday } from '../../src/demo/params';
import { PlainBook } from '../../src/demo/plainBook';
import { isoDate } from '../../src/domain/dates';
import { workbookOperations } from '../../src/taskpane/data/workbookOperations';

// The machine these run on is shared and slow: generous, never tight.
jest.setTimeout(300_000);

describe('the first view computed ahead', () => {
  it('is the fixed date the page uses without ?today=, and another date only when pinned', () => {
    expect(demoToday('')).toBe(SAMPLE_DATE);
    expect(demoToday('?lang=en')).toBe(SAMPLE_DATE);
    expect(demoToday('?today=2026-03-01')).toBe('2026-03-01');
    expect(demoToday('?today=2026-02-30')).toBe(SAMPLE_DATE);
  });

  it("equals, through JSON, the pane's first load and the grid of the book the worker sends", async () => {
    const shipped: unknown = JSON.parse(await sampleFirstViewJson());
    const sent = new PlainBook(structuredClone((await plainSample(SAMPLE_DATE)).state()));
    const expected = {
      today: SAMPLE_DATE,
      loaded: await workbookOperations.loadLedger(sent),
      grid: await gridOf(sent, SAMPLE_DATE),
    };
    expect(shipped).toEqual(expected);
    // What the view holds: a sample with reminders due, and a grid with every sheet.
    expect(expected.loaded.problems).toEqual([]);
    expect(expected.loaded.ledger.customers).toHaveLength(40);
    expect(expected.grid.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Overzicht', 'Facturen', 'Klanten', 'Betalingen']),
    );
  });

  it('is made for the day it names, and differs on another day', async () => {
    const other = await precomputedFirstView(isoDate('2026-03-01'));
    expect(other.today).toBe('2026-03-01');
    const shipped = JSON.parse(await sampleFirstViewJson()) as typeof other;
    expect(shipped.today).toBe(SAMPLE_DATE);
    expect(other.grid).not.toEqual(shipped.grid);
  });
});
