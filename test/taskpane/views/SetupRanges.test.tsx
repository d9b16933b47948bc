/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import { workbookOperations } from '../../../src/taskpane/data/workbookOperations';
import { MemoryBook } from '../../support/memoryBook';
import { testBackend } from '../support/fakeOperations';

const invoiceHeaders = ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag'];

/** The pane over the real workbook operations: Setup shows what lies beside and outside tables. */
describe('Werkmap inrichten: lists beside and instead of tables', () => {
  test('a row typed below Facturen is named, and the button takes it in and says so', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: invoiceHeaders,
          rows: [['F1', 'Jansen', 46000, 100]],
        },
      ],
      cells: [{ sheet: 'Facturen', at: 'A3', rows: [['F2', 'Groot BV', 46001, 5000]] }],
    });
    render(
      <App
        backend={testBackend({ book })}
        operations={workbookOperations}
        initialRoute={{ view: 'setup' }}
      />,
    );
    expect(
      await screen.findByText(
        'Blad Facturen, rij 3: direct onder tabel Facturen getypt, maar hoort er niet bij en telt dus niet mee.',
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tabellen uitbreiden' }));
    expect(
      await screen.findByText(
        'Tabel Facturen (blad Facturen) uitgebreid met rij 3; elke cel staat waar hij stond.',
      ),
    ).toBeTruthy();
    const t = (await book.read(['Facturen'])).tables.get('Facturen');
    expect(t?.values.map((r) => r[0])).toEqual(['F1', 'F2']);
    // Read again after the write: nothing is left beside the table, so the offer goes.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tabellen uitbreiden' })).toBeNull());
  });

  test('a plain list is offered as a table and made one on the button, every cell kept', async () => {
    const book = new MemoryBook({
      cells: [{ sheet: 'Blad1', at: 'B2', rows: [invoiceHeaders, ['F1', 'Jansen', 46000, 100]] }],
    });
    render(
      <App
        backend={testBackend({ book })}
        operations={workbookOperations}
        initialRoute={{ view: 'setup' }}
      />,
    );
    expect(
      await screen.findByText(
        'Blad Blad1, B2:E3: een lijst van 1 rij met de kolommen Factuurnummer, Klant, Factuurdatum, Bedrag. Die lijkt op Facturen; Klant Inzicht kan er een tabel van maken, zonder een cel te verplaatsen of te verliezen.',
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Maak er tabellen van' }));
    expect(
      await screen.findByText('Tabel Facturen gemaakt van blad Blad1, B2:E3 (1 rij); elke cel behouden.'),
    ).toBeTruthy();
    const r = await book.read(['Facturen']);
    expect(r.tables.get('Facturen')?.values).toEqual([['F1', 'Jansen', 46000, 100]]);
    expect(r.tables.get('Facturen')?.firstColumn).toBe(2);
  });
  test('notes past an empty column beside Facturen are named, and the button takes both in', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: invoiceHeaders,
          rows: [['F1', 'Jansen', 46000, 100]],
        },
      ],
      cells: [{ sheet: 'Facturen', at: 'F1', rows: [['Notities'], ['bellen']] }],
    });
    render(
      <App
        backend={testBackend({ book })}
        operations={workbookOperations}
        initialRoute={{ view: 'setup' }}
      />,
    );
    expect(
      await screen.findByText(
        'Blad Facturen, kolommen E:F (Kolom E, Notities): direct rechts van tabel Facturen, maar geen deel ervan; de lege kolom E krijgt dan de kop "Kolom E".',
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tabellen uitbreiden' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tabellen uitbreiden' })).toBeNull());
    const t = (await book.read(['Facturen'])).tables.get('Facturen');
    expect(t?.headers).toEqual([...invoiceHeaders, 'Kolom E', 'Notities']);
    expect(t?.values).toEqual([['F1', 'Jansen', 46000, 100, null, 'bellen']]);
  });
  test('a list with notes past an empty column is offered whole, and the empty column named', async () => {
    const book = new MemoryBook({
      cells: [
        {
          sheet: 'Facturen',
          at: 'A1',
          rows: [
            [...invoiceHeaders, null, 'Notities'],
            ['F1', 'Jansen', 46000, 100, null, 'bellen'],
          ],
        },
      ],
    });
    render(
      <App
        backend={testBackend({ book })}
        operations={workbookOperations}
        initialRoute={{ view: 'setup' }}
      />,
    );
    expect(
      await screen.findByText(
        'Blad Facturen, A1:F2: een lijst van 1 rij met de kolommen Factuurnummer, Klant, Factuurdatum, Bedrag, (zonder kop), Notities. Die lijkt op Facturen; Klant Inzicht kan er een tabel van maken, zonder een cel te verplaatsen of te verliezen; de lege kolom E krijgt dan de kop "Kolom E".',
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Maak er tabellen van' }));
    expect(
      await screen.findByText(
        'Tabel Facturen gemaakt van blad Facturen, A1:F2 (1 rij); elke cel behouden; de lege kolom E kreeg de kop "Kolom E".',
      ),
    ).toBeTruthy();
    const t = (await book.read(['Facturen'])).tables.get('Facturen');
    expect(t?.headers).toEqual([...invoiceHeaders, 'Kolom E', 'Notities']);
    expect(t?.values).toEqual([['F1', 'Jansen', 46000, 100, null, 'bellen']]);
  });
  test('a list with cells under no header is held back, naming the column', async () => {
    const book = new MemoryBook({
      cells: [
        {
          sheet: 'Facturen',
          at: 'A1',
          rows: [
            [...invoiceHeaders, null, 'Notities'],
            ['F1', 'Jansen', 46000, 100, 'x', 'bellen'],
          ],
        },
      ],
    });
    render(
      <App
        backend={testBackend({ book })}
        operations={workbookOperations}
        initialRoute={{ view: 'setup' }}
      />,
    );
    expect(
      await screen.findByText('Een kolom heeft geen kop: geef elke kolom een kop. Zonder kop: kolom E.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Maak er tabellen van' })).toBeNull();
  });
});
