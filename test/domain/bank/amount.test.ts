import fc from 'fast-check';
import { parseAmountToCents } from '../../../src/domain/bank/amount';
import { DomainError } from '../../../src/domain/errors';

describe('parseAmountToCents', () => {
  it('reads decimal text exactly, without floats', () => {
    expect(parseAmountToCents('1234.5', { decimal: '.' })).toBe(123450);
    expect(parseAmountToCents('0.29', { decimal: '.' })).toBe(29);
    expect(parseAmountToCents('8.850', { decimal: '.' })).toBe(885);
    expect(parseAmountToCents('2700', { decimal: '.' })).toBe(270000);
    expect(parseAmountToCents('-1.234,56', { decimal: ',', grouping: true })).toBe(-123456);
    expect(parseAmountToCents('+12,00', { decimal: ',' })).toBe(1200);
    expect(parseAmountToCents(',5', { decimal: ',' })).toBe(50);
    expect(parseAmountToCents('-0.00', { decimal: '.' })).toBe(0);
    expect(Object.is(parseAmountToCents('-0.00', { decimal: '.' }), -0)).toBe(false);
  });
  it('refuses to round: a non-zero third decimal is a located error', () => {
    try {
      parseAmountToCents('8.855', { decimal: '.' }, { path: 'Stmt[1]/Ntry[1]/Amt' });
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe('invalid-amount');
      expect(err.where).toEqual({ path: 'Stmt[1]/Ntry[1]/Amt', value: '8.855' });
      expect(err.message).toMatch(/more than 2 decimals/);
    }
  });
  it('refuses text that is not an amount', () => {
    for (const bad of ['', 'abc', '1.2.3', '12,5', '1e3', '--1']) {
      expect(() => parseAmountToCents(bad, { decimal: '.' })).toThrow(DomainError);
    }
    expect(() => parseAmountToCents('1.234,5', { decimal: ',' })).toThrow(/dot is not allowed/);
  });
  it('round-trips every cent value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const abs = Math.abs(cents);
        const text = `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        expect(parseAmountToCents(text, { decimal: '.' })).toBe(cents === 0 ? 0 : cents);
        expect(parseAmountToCents(text.replace('.', ','), { decimal: ',' })).toBe(cents === 0 ? 0 : cents);
      }),
    );
  });
});
