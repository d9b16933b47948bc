/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import { workbookOperations } from '../../../src/taskpane/data/workbookOperations';
import type { Cell } from '../../../src/workbook/book';
import { refreshAndSort } from '../../../src/workbook/operations';
import { MemoryBook } from '../../support/memoryBook';
import { testBackend } from '../support/fakeOperations';
import { isoDate } from '../../../src/domain/dates';

function traderBook(): MemoryBook {
  return new MemoryBook({
    tables: [
      { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
      {
        name: 'Facturen',
        sheet: 'Facturen',
        headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW', 'Status', 'Volgorde'],
        rows: [
          ['F1', 'K1', 46000, 100, 'bellen', 'PO-7781'],
          ['F2', 'K1', 46100, 200, 'wacht', 'PO-1234'],
        ],
      },
    ],
  });
}

async function column(book: MemoryBook, table: string, header: string): Promise<Cell[]> {
  const t = (await book.read([table])).tables.get(table);
  return (t?.values ?? []).map((r) => r[t?.headers.indexOf(header) ?? -1] ?? null);
}

async function record(book: MemoryBook, key: string): Promise<Cell | undefined> {
  const t = (await book.read(['Instellingen'])).tables.get('Instellingen');
  return t?.values.find((r) => r[0] === key)?.[1];
}

/** The pane over the real workbook operations: nothing is taken over without the person's click. */
describe('Werkmap inrichten: columns of yours with a Klant Inzicht name', () => {
  test('asks per column; hand over and keep are each recorded, and only the handed-over one is written', async () => {
    const book = traderBook();
    render(
      <App
        backend={testBackend({ book })}
        operations={workbookOperations}
        initialRoute={{ view: 'setup' }}
      />,
    );
    // Before set-up: shown with where they are, and what set-up will do instead.
    expect(await screen.findByText('Blad Facturen, tabel Facturen, kolom Volgorde.')).toBeTruthy();
    expect(screen.getAllByText(/Bij het inrichten zet Klant Inzicht er een eigen kolom naast/)).toHaveLength(
      2,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Werkmap inrichten' }));
    expect(
      await screen.findByText(
        'Klant Inzicht gebruikt in plaats daarvan zijn eigen kolom "Volgorde (Klant Inzicht)" ernaast.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Overdragen: Klant Inzicht zet er bij elke sortering de volgorde in (1, 2, 3 …); wat er nu in staat, verdwijnt.',
      ),
    ).toBeTruthy();
    // Set-up took nothing: the person's values are where they were, no record was made.
    expect(await column(book, 'Facturen', 'Volgorde')).toEqual(['PO-7781', 'PO-1234']);
    expect(await record(book, 'kolom.Facturen.Volgorde')).toBeUndefined();

    await userEvent.click(screen.getByRole('button', { name: '"Volgorde" overdragen aan Klant Inzicht' }));
    expect(
      await screen.findByText(
        'Kolom Volgorde (tabel Facturen) is overgedragen aan Klant Inzicht en dat staat in Instellingen: ook Sorteer werkmap en de opdrachtregel gebruiken hem voortaan.',
      ),
    ).toBeTruthy();
    expect(await record(book, 'kolom.Facturen.Volgorde')).toBe('Klant Inzicht');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: '"Volgorde" overdragen aan Klant Inzicht' })).toBeNull(),
    );

    await userEvent.click(screen.getByRole('button', { name: '"Status" van mij houden' }));
    expect(
      await screen.findByText(
        'Kolom Status (tabel Facturen) blijft van u; dat staat in Instellingen, dus Klant Inzicht vraagt het niet opnieuw.',
      ),
    ).toBeTruthy();
    expect(await record(book, 'kolom.Facturen.Status')).toBe('Eigen');
    expect(
      await screen.findByText('U hebt gekozen deze kolom zelf te houden (vastgelegd in Instellingen).'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: '"Status" van mij houden' })).toBeNull();
    expect(screen.getByRole('button', { name: '"Status" overdragen aan Klant Inzicht' })).toBeTruthy();

    // The ribbon's refresh asks nothing and follows the records.
    await refreshAndSort(book, { today: isoDate('2026-11-30') });
    expect(await column(book, 'Facturen', 'Volgorde')).toEqual([1, 2]);
    expect(await column(book, 'Facturen', 'Status')).toEqual(['bellen', 'wacht']);
  });

  test('a sheet of theirs named Overzicht is shown as theirs, never cleared; the overview gets its own', async () => {
    const book = new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
      ],
      cells: [{ sheet: 'Overzicht', at: 'A1', rows: [['mijn notities'], ['bellen met Jansen']] }],
    });
    render(
      <App
        backend={testBackend({ book })}
        operations={workbookOperations}
        initialRoute={{ view: 'setup' }}
      />,
    );
    const note =
      'Blad "Overzicht" is van u: Klant Inzicht maakt het nooit leeg en zet zijn overzicht op blad "Overzicht (Klant Inzicht)".';
    expect(await screen.findByText(note)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Werkmap inrichten' }));
    await screen.findByText('De werkmap is ingericht.');
    expect(await screen.findByText(note)).toBeTruthy();
    const sheets = book.snapshot().sheets;
    expect(sheets.map((x) => x.name)).toEqual(
      expect.arrayContaining(['Overzicht', 'Overzicht (Klant Inzicht)']),
    );
    const mine = sheets.find((x) => x.name === 'Overzicht');
    expect([...(mine?.cells.values() ?? [])]).toEqual(['mijn notities', 'bellen met Jansen']);
    expect(mine?.blocks).toEqual([]);
  });
});
