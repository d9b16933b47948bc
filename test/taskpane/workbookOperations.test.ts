import { workbookOperations } from '../../src/taskpane/data/workbookOperations';
import { makeMemoryBook } from '../support/memoryBook';
import { isoDate } from '../../src/domain/dates';

describe('workbookOperations.setUp', () => {
  test('reports added, missing (not added) and unknown columns as setUp left them', async () => {
    const book = await makeMemoryBook({
      sheets: ['Mijn klanten'],
      tables: [
        {
          name: 'Tabel1',
          sheet: 'Mijn klanten',
          headers: ['Klantnr', 'Bedrijfsnaam', 'Mijn kolom'],
          rows: [['K1', 'Bakkerij Test', 'eigen notitie']],
        },
      ],
    });
    const report = await workbookOperations.setUp(book, { language: 'nl', today: isoDate('2026-11-22') });
    const customers = report.parts.find((p) => p.part === 'customers');
    expect(customers?.created).toBe(false);
    const headers = (await book.read(['Tabel1'])).tables.get('Tabel1')?.headers ?? [];
    // What it says it added is there; what it says is missing is not.
    expect(customers?.added.length).toBeGreaterThan(0);
    for (const h of customers?.added ?? []) expect(headers).toContain(h);
    expect(customers?.missing).toContain('E-mail');
    for (const h of customers?.missing ?? []) expect(headers).not.toContain(h);
    expect(customers?.unknown).toEqual(['Mijn kolom']);
    expect(customers?.matched).toEqual(['Klantnr', 'Bedrijfsnaam']);
    // The parts it made from nothing.
    expect(
      report.parts
        .filter((p) => p.created)
        .map((p) => p.part)
        .sort(),
    ).toEqual(['arrangements', 'contacts', 'invoices', 'payments', 'settings']);
    expect(report.skipped).toEqual([]);
  });

  test('names a part it could not create because a sheet of that name is in the way', async () => {
    const book = await makeMemoryBook({ sheets: ['Facturen'] });
    const report = await workbookOperations.setUp(book, { language: 'nl', today: isoDate('2026-11-22') });
    expect(report.parts.some((p) => p.part === 'invoices')).toBe(false);
    expect(report.skipped).toEqual([
      { part: 'invoices', sheet: 'Facturen', why: expect.stringContaining('hernoem') },
    ]);
  });
});
