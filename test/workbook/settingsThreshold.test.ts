/** Instellingen: the dependency threshold row. */
import { readSettingsRows } from '../support/settingsRows';
import type { Cell } from '../../src/workbook/book';

const read = (rows: [string, Cell][], language: 'nl' | 'en' = 'nl') => readSettingsRows(rows, language);

describe('Instellingen: dependency threshold', () => {
  it('is 70 without a row, and reads the Dutch or English label', () => {
    expect(read([]).settings.dependencyThresholdPercent).toBe(70);
    expect(read([['Drempel afhankelijkheid (% van omzet)', 50]]).settings.dependencyThresholdPercent).toBe(
      50,
    );
    expect(
      read([['Dependency threshold (% of revenue)', 60]], 'en').settings.dependencyThresholdPercent,
    ).toBe(60);
  });

  it('locates a threshold that is no whole percentage and keeps the default', () => {
    for (const bad of [0.7, 150, 'veel'] as Cell[]) {
      const r = read([['Drempel afhankelijkheid (% van omzet)', bad]]);
      expect(r.settings.dependencyThresholdPercent).toBe(70);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ sheet: 'Instellingen', row: 2, column: { letter: 'B' } });
    }
  });
});
