import { DomainError } from '../../src/domain/errors';
import { OfficeHostError } from '../../src/hosts/office/errors';
import { XlsxHostError } from '../../src/hosts/xlsx/hostErrors';
import { errorText } from '../../src/workbook/errorText';
import { isWorkbookError } from '../../src/workbook/errors';

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
});
