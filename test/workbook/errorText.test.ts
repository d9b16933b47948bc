import { DomainError } from '../../src/domain/errors';
import { OfficeHostError } from '../../src/hosts/office/errors';
import { XlsxHostError } from '../../src/hosts/xlsx/hostErrors';
import { errorText } from '../../src/workbook/errorText';
import { isWorkbookError } from '../../src/workbook/errors';
import { refuseBeforeWrites, type BookFacts } from '../../src/workbook/preflight';

const facts: BookFacts = {
  sheets: [{ name: 'Klanten', protected: false }],
  tables: [],
  allTables: [],
  merges: [{ sheet: 'Klanten', area: { top: 2, left: 11, bottom: 2, right: 12 } }],
  typedCellIn: (_sheet, area) => (area.left <= 13 && 13 <= area.right ? 'M2' : null),
  rangeHeaders: () => undefined,
};

function refusal(changes: Parameters<typeof refuseBeforeWrites>[1]): unknown {
  try {
    refuseBeforeWrites(facts, changes);
  } catch (e) {
    return e;
  }
  return undefined;
}

/** Shaped like OfficeExtension.Error: an Error with Excel's code and English text. */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('errorText', () => {
  it('says an error Office.js raised by its code, never by its English text', () => {
    const e = officeError('ItemNotFound', 'The requested resource doesn’t exist.');
    expect(errorText(e, 'nl')).toBe('Excel vond een tabel, blad of kolom niet (hernoemd of verwijderd?).');
    expect(errorText(e, 'en')).toMatch(/^Excel could not find/);
    const odd = officeError('SomethingNew', 'Something new happened.');
    expect(errorText(odd, 'nl')).toBe('Excel weigerde de bewerking (foutcode SomethingNew).');
    expect(errorText(odd, 'en')).not.toContain('Something new happened');
  });

  it('says a host refusal by its reason, whichever host raised it', () => {
    const office = new OfficeHostError(
      'unsupported',
      'office-error',
      'Excel refused: bad (InvalidArgument).',
      {},
      'InvalidArgument',
    );
    expect(errorText(office, 'nl')).toBe('Excel weigerde een waarde of bereik als ongeldig.');
    const xlsx = new XlsxHostError('damaged', 'Dit bestand is beschadigd: crc.');
    expect(isWorkbookError(xlsx)).toBe(true);
    expect(errorText(xlsx, 'en')).toMatch(/^This file is damaged\./);
    expect(errorText(xlsx, 'nl')).toMatch(/^Dit bestand is beschadigd\./);
  });

  it('keeps a located domain error’s own words with its place', () => {
    const e = new DomainError('invalid-amount', 'geen bedrag', {
      sheet: 'Facturen',
      row: 4,
      column: 'Bedrag',
    });
    expect(errorText(e, 'en')).toBe('geen bedrag (Facturen, row 4, Bedrag)');
  });

  it('says the shared pre-flight’s refusals in the person’s language, naming the cells', () => {
    const merged = refusal([
      { kind: 'addTable', sheet: 'Klanten', table: 'Nieuw', at: 'K1', headers: ['A', 'B'], rows: [] },
    ]);
    expect(merged).toMatchObject({ reason: 'merged-cells' });
    expect(errorText(merged, 'nl')).toBe(
      'Samengevoegde cellen (K2:L2) op blad Klanten staan in de weg. Hef het samenvoegen op en probeer het opnieuw.',
    );
    const typed = refusal([
      { kind: 'addTable', sheet: 'Klanten', table: 'Nieuw', at: 'M1', headers: ['A'], rows: [] },
    ]);
    expect(typed).toMatchObject({ reason: 'cells-taken' });
    expect(errorText(typed, 'nl')).toMatch(/^Op blad Klanten staat in cel M2 iets wat u typte/);
    expect(errorText(typed, 'en')).toMatch(/^Cell M2 on sheet Klanten holds something you typed/);
    const column = refusal([
      { kind: 'addTable', sheet: 'Klanten', table: 'Nieuw', at: 'A10', headers: ['Naam'], rows: [] },
      { kind: 'addColumns', table: 'Nieuw', headers: ['naam'] },
    ]);
    expect(errorText(column, 'nl')).toBe('Er bestaat al iets met deze naam: kolom naam in Nieuw');
  });
});
