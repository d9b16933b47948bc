import { formatEnterpriseNumber } from '../../../src/domain/reminders/belgium';

describe('formatEnterpriseNumber', () => {
  it('writes ten digits as the register does, whatever the separators or a BE prefix', () => {
    for (const typed of ['0123456789', '0123.456.789', 'BE 0123 456 789', 'be0123.456.789', ' 0123 456 789 '])
      expect([typed, formatEnterpriseNumber(typed)]).toEqual([typed, '0123.456.789']);
    expect(formatEnterpriseNumber('1000.123.456')).toBe('1000.123.456');
  });

  it('keeps anything else exactly as typed (trimmed), so nothing a person typed is lost', () => {
    expect(formatEnterpriseNumber(' 123.456 ')).toBe('123.456');
    expect(formatEnterpriseNumber('0123.456.7890')).toBe('0123.456.7890');
    expect(formatEnterpriseNumber('KBO 0123.456.789')).toBe('KBO 0123.456.789');
  });

  it('is undefined when nothing was typed', () => {
    expect(formatEnterpriseNumber(undefined)).toBeUndefined();
    expect(formatEnterpriseNumber('')).toBeUndefined();
    expect(formatEnterpriseNumber('   ')).toBeUndefined();
  });
});
