/**
 * An Instellingen table made of (key, value) rows, as the workbook reader sees it, and that table
 * read by readSettings: the settings tests build their cases from these two.
 */
import { bindSnapshot } from '../../src/workbook/binding';
import type { Cell, TableSnapshot } from '../../src/workbook/book';
import { tableSpec } from '../../src/workbook/schema';
import { readSettings } from '../../src/workbook/settingsTable';
import { SegmentRows } from '../../src/workbook/settingsSegments';

export function settingsSnapshot(rows: readonly (readonly [string, Cell])[]): TableSnapshot {
  return {
    name: 'Instellingen',
    sheet: 'Instellingen',
    headers: ['Instelling', 'Waarde', 'Toelichting'],
    values: rows.map(([k, v]) => [k, v, null]),
    formulas: rows.map(() => [null, null, null]),
    firstRow: 2,
    firstColumn: 1,
  };
}

/** `withSegments`: the segment and ladder rows read too, as the pane and the CLI read them. */
export function readSettingsRows(
  rows: readonly (readonly [string, Cell])[],
  language: 'nl' | 'en' = 'nl',
  withSegments = false,
) {
  const snap = settingsSnapshot(rows);
  const segments = withSegments ? () => new SegmentRows() : undefined;
  return readSettings(snap, bindSnapshot(tableSpec('settings'), snap), 1900, language, segments);
}
