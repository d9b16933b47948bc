/**
 * "Sorteer werkmap" says when the statutory interest table may be outdated, and how to add a rate,
 * through the real function-file entry (src/commands/main.ts), a fresh runtime per click. Only
 * the clock (Date) is set: the fake Excel's own timing is untouched.
 */
import type { Language } from '../../src/domain/model';
import { OVERVIEW_STATUS_CELL } from '../../src/workbook/operations/overview';
import { OVERVIEW_SHEET } from '../../src/workbook/schema';
import { clickCommand } from '../support/fakeOffice/globals';
import { klantInzichtWorkbook, tableOf } from '../support/fakeOffice/workbook';

function setClock(iso: string): void {
  jest.useFakeTimers({
    now: new Date(`${iso}T12:00:00`),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

afterEach(() => {
  jest.useRealTimers();
});

async function clickOn(
  today: string,
  language: Language,
  ui: string,
  rates: [string, string][] = [],
): Promise<string> {
  const { fake, book } = await klantInzichtWorkbook({ language, customers: 3, invoices: 12 });
  if (rates.length > 0) {
    const key = language === 'nl' ? 'Instelling' : 'Setting';
    const value = language === 'nl' ? 'Waarde' : 'Value';
    await book.apply([
      {
        kind: 'appendRows',
        table: tableOf('settings', language),
        rows: rates.map(([k, v]) => ({ [key]: k, [value]: v })),
      },
    ]);
  }
  setClock(today);
  const click = await clickCommand(fake, 'SortWorkbook', ui);
  expect(click.completedCalls).toBe(1);
  return String(fake.cell(OVERVIEW_SHEET[language], OVERVIEW_STATUS_CELL).value);
}

describe('the ribbon on statutory interest rates', () => {
  it('says nothing about rates while today is inside the table', async () => {
    const text = await clickOn('2026-05-04', 'nl', 'nl-NL');
    expect(text).toMatch(/^Bijgewerkt en gesorteerd op 2026-05-04/);
    expect(text).not.toMatch(/rente/i);
  });

  it.each<[Language, string, RegExp]>([
    [
      'nl',
      'nl-NL',
      /Let op: de wettelijke rentes zijn bekend tot en met 2026-06-30;.*op blad "Instellingen" als rate\.N\.kind.*taakvenster onder Instellingen\.$/,
    ],
    [
      'en',
      'en-GB',
      /Note: statutory interest rates are known through 2026-06-30;.*on sheet "Settings" as rate\.N\.kind.*task pane under Settings\.$/,
    ],
    ['nl', 'en-US', /Note: statutory interest rates are known through 2026-06-30;.*on sheet "Instellingen"/],
  ])(
    'a %s workbook in Office %s says past the table’s end that rates may be outdated, and how to add one',
    async (language, ui, note) => {
      const text = await clickOn('2027-02-01', language, ui);
      expect(text).toMatch(note);
    },
  );

  it('is quiet again once the workbook holds rates for the current half-year, added as the note says', async () => {
    const rate = (n: number, kind: string, percent: string): [string, string][] => [
      [`rate.${n}.kind`, kind],
      [`rate.${n}.from`, '2027-01-01'],
      [`rate.${n}.percent`, percent],
      [`rate.${n}.source`, 'Staatscourant (test)'],
    ];
    const text = await clickOn('2027-02-01', 'nl', 'nl-NL', [
      ...rate(1, 'commercial', '10,15'),
      ...rate(2, 'consumer', '4'),
    ]);
    expect(text).toMatch(/^Bijgewerkt en gesorteerd op 2027-02-01/);
    expect(text).not.toMatch(/rente/i);
  });
});
