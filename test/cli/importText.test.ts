import { cents, formatEuro } from '../../src/domain/money';
import { euro } from '../../src/cli/importText';
import { sayIn } from '../../src/cli/summaries';

describe("the import's amounts", () => {
  it('read as formatEuro writes them, in both languages', () => {
    const amounts = [0, 1, -1, 99, 100, 121000, -121000, 123456789, -5, 100000000000];
    for (const language of ['nl', 'en'] as const)
      for (const a of amounts) expect(euro(a, sayIn(language))).toBe(formatEuro(cents(a), language));
  });

  it('leave text as it is and refuse a fraction of a cent', () => {
    expect(euro('2026-017', sayIn('nl'))).toBe('2026-017');
    expect(euro(undefined, sayIn('en'))).toBe('');
    expect(() => euro(1.5, sayIn('nl'))).toThrow();
  });
});
