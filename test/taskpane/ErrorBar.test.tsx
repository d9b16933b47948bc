/** @jest-environment jsdom */
import './setup';
import { DomainError } from '../../src/domain/errors';
import { OfficeHostError } from '../../src/hosts/office/errors';
import { render, screen } from '@testing-library/react';
import { describeError, ErrorBar } from '../../src/taskpane/components/ErrorBar';
import { I18nProvider } from '../../src/taskpane/i18n';

describe('describeError', () => {
  it('shows an Excel refusal by its code in the pane’s language, not the host’s English', async () => {
    const e = new OfficeHostError('unsupported', 'filter-active', 'Table "Facturen" is filtered.', {
      sheet: 'Facturen',
      path: 'Facturen',
    });
    expect(await describeError(e, 'nl')).toMatch(/^Tabel Facturen is gefilterd/);
    expect(await describeError(e, 'en')).toMatch(/^Table Facturen is filtered/);
    const locked = new OfficeHostError('unsupported', 'sheet-protected', 'Sheet "Klanten" is protected.', {
      sheet: 'Klanten',
    });
    expect(await describeError(locked, 'nl')).toMatch(/^Blad Klanten is beveiligd/);
  });

  it('keeps a located domain error as it was', async () => {
    const e = new DomainError('invalid-input', 'geen bedrag', {
      sheet: 'Facturen',
      row: 4,
      column: 'Bedrag',
    });
    expect(await describeError(e, 'nl')).toBe('geen bedrag (Facturen, rij 4, Bedrag)');
  });
});

describe('ErrorBar', () => {
  it('shows the detail in the pane’s language once the error texts have arrived', async () => {
    const e = new OfficeHostError('unsupported', 'sheet-protected', 'Sheet "Klanten" is protected.', {
      sheet: 'Klanten',
    });
    render(
      <I18nProvider language="nl">
        <ErrorBar title="Opslaan mislukt" error={e} action="Hef de beveiliging op." />
      </I18nProvider>,
    );
    expect(screen.getByText('Opslaan mislukt')).toBeTruthy();
    expect(await screen.findByText(/^Blad Klanten is beveiligd/)).toBeTruthy();
    expect(screen.queryByText(/is protected/)).toBeNull();
  });
});
