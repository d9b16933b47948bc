/**
 * The ribbon says every failure in the person's language by its code, through the real
 * function-file entry (src/commands/main.ts), a fresh runtime per click: Excel's own text is
 * English and never reaches a Dutch result line, nor an English one.
 */
import { OVERVIEW_STATUS_CELL } from '../../src/workbook/operations/overview';
import { clickCommand } from '../support/fakeOffice/globals';
import { klantInzichtWorkbook } from '../support/fakeOffice/workbook';

const INTERNAL = 'An internal error has occurred.';
const INVALID = 'The argument is invalid or missing or has an incorrect format.';

async function statusAfterFailure(ui: string, code: string, text: string, atWrite: boolean): Promise<string> {
  const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 12 });
  await clickCommand(fake, 'SortWorkbook', ui);
  const syncs = fake.stats.syncs;
  fake.resetStats();
  // The read's first request, or the write's last one (the click's last sync).
  fake.failRequest(code, text, atWrite ? syncs - 1 : 0);
  const click = await clickCommand(fake, 'SortWorkbook', ui);
  expect(click.completedCalls).toBe(1);
  return String(fake.cell('Overzicht', OVERVIEW_STATUS_CELL).value);
}

describe('a click that Excel refuses', () => {
  it.each([
    ['nl-NL', /^Sorteren is niet gelukt; er is niets gewijzigd\. Excel meldde een interne fout\./],
    ['en-US', /^Sorting did not complete; nothing was changed\. Excel reported an internal error\./],
  ])('on reading (GeneralException) says so by the code in %s', async (ui, expected) => {
    const text = await statusAfterFailure(ui, 'GeneralException', INTERNAL, false);
    expect(text).toMatch(expected);
    expect(text).not.toContain(INTERNAL);
  });

  it.each([
    ['nl-NL', /^Sorteren is niet afgemaakt: .* Excel weigerde een waarde of bereik als ongeldig\.$/],
    ['en-US', /^Sorting did not finish: .* Excel refused a value or range as invalid\.$/],
  ])('while writing (InvalidArgument) says what may stand, by the code, in %s', async (ui, expected) => {
    const text = await statusAfterFailure(ui, 'InvalidArgument', INVALID, true);
    expect(text).toMatch(expected);
    expect(text).not.toContain(INVALID);
  });
});
