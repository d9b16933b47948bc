import './setup';
import { DomainError } from '../../src/domain/errors';
import { OfficeHostError } from '../../src/hosts/office/errors';
import { describeError } from '../../src/taskpane/components/ErrorBar';

describe('describeError', () => {
  it('shows an Excel refusal by its code in the pane’s language, not the host’s English', () => {
    const e = new OfficeHostError('unsupported', 'filter-active', 'Table "Facturen" is filtered.', {
      sheet: 'Facturen',
      path: 'Facturen',
    });
    expect(describeError(e, 'nl')).toMatch(/^Tabel Facturen is gefilterd/);
    expect(describeError(e, 'en')).toMatch(/^Table Facturen is filtered/);
    const locked = new OfficeHostError('unsupported', 'sheet-protected', 'Sheet "Klanten" is protected.', {
      sheet: 'Klanten',
    });
    expect(describeError(locked, 'nl')).toMatch(/^Blad Klanten is beveiligd/);
  });

  it('keeps a located domain error as it was', () => {
    const e = new DomainError('invalid-input', 'geen bedrag', {
      sheet: 'Facturen',
      row: 4,
      column: 'Bedrag',
    });
    expect(describeError(e, 'nl')).toBe('geen bedrag (Facturen, rij 4, Bedrag)');
  });
});
