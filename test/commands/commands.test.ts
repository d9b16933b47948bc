import {
  localDate,
  registerCommands,
  sortWorkbook,
  successMessage,
  type RefreshSummary,
  type SortWorkbookDeps,
} from '../../src/commands/commands';
import { OfficeHostError } from '../../src/hosts/office/errors';
import { FakeExcel, fakeCommandEvent } from '../support/fakeOffice';
import { isoDate } from '../../src/domain/dates';

const summary: RefreshSummary = {
  invoices: { total: 12, overdue: 3, open: 4, closed: 5 },
  actions: 2,
  rowErrors: [],
};

function deps(
  over: Partial<SortWorkbookDeps> = {},
): SortWorkbookDeps & { reports: [string, boolean][]; days: string[] } {
  const reports: [string, boolean][] = [];
  const days: string[] = [];
  return {
    reports,
    days,
    language: 'nl',
    now: () => new Date(2026, 10, 23, 23, 30), // late evening: local date, not UTC
    refresh: async (today) => {
      days.push(today);
      return summary;
    },
    report: async (text, reveal) => {
      reports.push([text, reveal]);
    },
    ...over,
  };
}

describe('successMessage', () => {
  it('points to the pane when cells need a look, in both languages', () => {
    expect(successMessage({ ...summary, warnings: 2 }, isoDate('2026-11-23'), 'nl')).toMatch(
      /2 herinnering\(en\) vandaag\. 2 cel\(len\) om na te kijken .*open het paneel/,
    );
    expect(successMessage({ ...summary, warnings: 1 }, isoDate('2026-11-23'), 'en')).toMatch(
      /1 cell\(s\) to check/,
    );
    expect(successMessage({ ...summary, warnings: 0 }, isoDate('2026-11-23'), 'en')).not.toMatch(/to check/);
  });
});

describe('sortWorkbook (ribbon command)', () => {
  it('refreshes with today from the clock read here, reports the result, completes once', async () => {
    const event = fakeCommandEvent();
    const d = deps();
    await sortWorkbook(event, d);
    expect(d.days).toEqual(['2026-11-23']);
    expect(d.reports).toEqual([
      [
        'Bijgewerkt en gesorteerd op 2026-11-23: 12 facturen (3 te laat, 4 open, 5 afgehandeld); 2 herinnering(en) vandaag.',
        false,
      ],
    ]);
    expect(event.completedCalls).toBe(1);
  });

  it('lists rows with errors (at most five) and brings the status into view', async () => {
    const rowErrors = Array.from({ length: 7 }, (_, i) => ({
      sheet: 'Facturen',
      row: 10 + i,
      column: 'Bedrag',
      message: 'geen bedrag',
    }));
    const event = fakeCommandEvent();
    const d = deps({ refresh: async () => ({ ...summary, rowErrors }) });
    await sortWorkbook(event, d);
    const [text, reveal] = d.reports[0] ?? ['', false];
    expect(reveal).toBe(true);
    expect(text).toContain('7 rij(en) met fouten, niet gewijzigd: Facturen rij 10 Bedrag: geen bedrag;');
    expect(text).toContain('Facturen rij 14 Bedrag');
    expect(text).not.toContain('rij 15');
    expect(text).toContain('(en nog 2)');
    expect(event.completedCalls).toBe(1);
  });

  it('reports a failure in plain words and still completes', async () => {
    const event = fakeCommandEvent();
    const d = deps({
      language: 'en',
      refresh: async () => {
        throw new OfficeHostError('unsupported', 'sheet-protected', 'Sheet "Facturen" is protected.', {
          sheet: 'Facturen',
        });
      },
    });
    await sortWorkbook(event, d);
    expect(d.reports).toEqual([
      [
        'Sorting did not complete; nothing was changed. Sheet Facturen is protected. Unprotect it (Review > Unprotect Sheet) and try again.',
        true,
      ],
    ]);
    expect(event.completedCalls).toBe(1);
  });

  it('reports the failure when the held-back writes fail together with the result line', async () => {
    const event = fakeCommandEvent();
    const calls: [string, boolean, boolean][] = [];
    const d = deps({
      report: async (text, reveal, refreshed) => {
        calls.push([text, reveal, refreshed]);
        if (refreshed)
          throw new OfficeHostError('unsupported', 'sheet-protected', 'Sheet "Facturen" is protected.', {
            sheet: 'Facturen',
          });
      },
    });
    await sortWorkbook(event, d);
    expect(calls.map((c) => c[2])).toEqual([true, false]);
    expect(calls[1]?.[0]).toMatch(/^Sorteren is niet gelukt.*Facturen/);
    expect(calls[1]?.[1]).toBe(true);
    expect(event.completedCalls).toBe(1);
  });

  it('completes even when the result cannot be shown', async () => {
    const event = fakeCommandEvent();
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await sortWorkbook(event, deps({ report: async () => Promise.reject(new Error('protected')) }));
    expect(event.completedCalls).toBe(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('registers SortWorkbook with Office.actions.associate', async () => {
    const office = new FakeExcel().officeGlobal();
    const d = deps();
    registerCommands(office.actions, () => d);
    const handler = office.associated.get('SortWorkbook');
    expect(handler).toBeDefined();
    const event = fakeCommandEvent();
    await handler?.(event);
    expect(event.completedCalls).toBe(1);
    expect(d.reports).toHaveLength(1);
  });

  it('formats English too and dates in local time', () => {
    expect(localDate(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
    expect(successMessage(summary, isoDate('2026-11-23'), 'en')).toBe(
      'Refreshed and sorted on 2026-11-23: 12 invoices (3 overdue, 4 open, 5 closed); 2 reminder(s) due today.',
    );
  });
});
