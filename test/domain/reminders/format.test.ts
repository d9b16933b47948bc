import { DomainError } from '../../../src/domain/errors';
import {
  formatList,
  formatLongDate,
  formatShortDate,
  informalName,
} from '../../../src/domain/reminders/format';
import { isoDate } from '../../../src/domain/dates';

describe('reminder formats', () => {
  it('writes dates per language', () => {
    expect(formatLongDate(isoDate('2026-11-30'), 'nl')).toBe('30 november 2026');
    expect(formatLongDate(isoDate('2026-11-30'), 'en')).toBe('30 November 2026');
    expect(formatLongDate(isoDate('2027-03-01'), 'nl')).toBe('1 maart 2027');
    expect(formatShortDate(isoDate('2026-03-05'), 'nl')).toBe('05-03-2026');
    expect(formatShortDate(isoDate('2026-03-05'), 'en')).toBe('5 Mar 2026');
  });

  it('rejects a date that does not exist, with its path', () => {
    expect(() => formatLongDate('2026-02-29' as never, 'nl', 'newTermUntil')).toThrow(DomainError);
    try {
      formatShortDate('2026-13-01' as never, 'en', 'invoices[2].dueDate');
    } catch (e) {
      expect((e as DomainError).where.path).toBe('invoices[2].dueDate');
    }
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['F1'], 'nl')).toBe('F1');
    expect(formatList(['F1', 'F2', 'F3'], 'nl')).toBe('F1, F2 en F3');
    expect(formatList(['F1', 'F2', 'F3'], 'en')).toBe('F1, F2 and F3');
  });

  it('picks a first name only when it plausibly is one', () => {
    expect(informalName('Jan de Vries')).toBe('Jan');
    expect(informalName('  Anne-Marie  Jansen ')).toBe('Anne-Marie');
    expect(informalName('Ölüm Şahin')).toBe('Ölüm');
    expect(informalName('J. de Vries')).toBe('J. de Vries');
    expect(informalName('de Vries')).toBe('de Vries');
    expect(informalName('Mevr Jansen')).toBe('Mevr Jansen');
    expect(informalName('=SUM(A1) Jansen')).toBe('=SUM(A1) Jansen');
    expect(informalName('Sam')).toBe('Sam');
  });
});
