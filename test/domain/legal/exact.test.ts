import { roundDiv, roundParts } from '../../../src/domain/legal/exact';

describe('exact rounding', () => {
  it('rounds half away from zero', () => {
    expect([
      roundDiv(5n, 10n),
      roundDiv(4n, 10n),
      roundDiv(-5n, 10n),
      roundDiv(-4n, 10n),
      roundDiv(15n, 10n),
    ]).toEqual([1n, 0n, -1n, 0n, 2n]);
  });
  it('splits a total into parts that add up to its rounding', () => {
    // 0.4 + 0.4 + 0.4 = 1.2 -> 1; rounding each would give 0
    expect(roundParts([4n, 4n, 4n], 10n)).toEqual([0n, 1n, 0n]);
  });
});
