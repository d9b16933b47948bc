import type { OfficeApi } from '../../../src/hosts/office/officeApi';
import { STATUS_NAME, writeStatus } from '../../../src/hosts/office/status';
import { FakeExcel } from '../../support/fakeOffice';

const api = (fake: FakeExcel): OfficeApi => ({
  run: (o, b) => fake.run(o, b),
  isSetSupported: fake.isSetSupported,
});

describe('writeStatus', () => {
  it('creates the status cell below the overview once, then reuses it; text is never a formula', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Overzicht', cells: { A1: 'Overzicht', B3: 12 } }] });
    expect(
      await writeStatus({ sheet: 'Overzicht', text: 'Bijgewerkt op 2026-11-23', reveal: false }, api(fake)),
    ).toBe('Overzicht!A5');
    expect(fake.snapshot().names).toEqual({ [STATUS_NAME]: 'Overzicht!A5' });
    await writeStatus({ sheet: 'Overzicht', text: '=2 rij(en) met fouten', reveal: true }, api(fake));
    expect(fake.cell('Overzicht', 'A5')).toMatchObject({ value: '=2 rij(en) met fouten', formula: null });
    expect(fake.model.selection).toBe('Overzicht!A5');
    expect(fake.model.activeSheet).toBe('Overzicht');
    expect(fake.stats.syncs).toBe(4);
  });

  it('returns null when there is no overview sheet', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Blad1' }] });
    expect(await writeStatus({ sheet: 'Overzicht', text: 'x', reveal: false }, api(fake))).toBeNull();
  });
});
