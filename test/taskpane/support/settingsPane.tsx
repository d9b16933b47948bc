/**
 * Instellingen through the pane over the real workbook operations: a workbook set up in a language
 * with settings rows typed in, and the pane opened on its Instellingen view.
 */
import { render } from '@testing-library/react';
import type { Language } from '../../../src/domain/model';
import { App } from '../../../src/taskpane/App';
import { workbookOperations } from '../../../src/taskpane/data/workbookOperations';
import type { Cell } from '../../../src/workbook/book';
import { setUp } from '../../../src/workbook/operations';
import { MemoryBook } from '../../support/memoryBook';
import { testBackend } from './fakeOperations';

export const SETTINGS_NAMES = {
  nl: { table: 'Instellingen', key: 'Instelling', value: 'Waarde' },
  en: { table: 'Settings', key: 'Setting', value: 'Value' },
} as const;

/** A workbook set up in `language` with `rows` (key, value) appended to its settings table. */
export async function settingsWorkbook(
  rows: readonly (readonly [string, Cell])[],
  language: Language = 'nl',
): Promise<MemoryBook> {
  const book = new MemoryBook();
  await setUp(book, { language });
  const n = SETTINGS_NAMES[language];
  await book.apply([
    { kind: 'appendRows', table: n.table, rows: rows.map(([k, v]) => ({ [n.key]: k, [n.value]: v })) },
  ]);
  return book;
}

/** The pane on its Instellingen view; `displayLanguage` as Office would report it. */
export const openSettings = (book: MemoryBook, displayLanguage?: string) =>
  render(
    <App
      backend={testBackend(displayLanguage === undefined ? { book } : { book, displayLanguage })}
      operations={workbookOperations}
      initialRoute={{ view: 'settings' }}
    />,
  );
