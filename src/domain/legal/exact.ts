/**
 * Exact rational arithmetic on BigInt for the legal computations: interest over ten million euros,
 * a rate with four decimals and a year of days overflows the 2^53 a double holds exactly, and the
 * law's results must not depend on float noise. Everything rounds once, half away from zero.
 */

/** numerator / denominator rounded half away from zero (denominator > 0). */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (2n * denominator);
  return negative ? -q : q;
}

/**
 * Splits an exactly known total into rounded parts that add up to the rounded total: part i is
 * round(prefix sum up to i) - round(prefix sum before i). Used to show per-bracket and per-period
 * amounts without a second rounding step breaking the sum.
 */
export function roundParts(numerators: readonly bigint[], denominator: bigint): bigint[] {
  const parts: bigint[] = [];
  let running = 0n;
  let roundedBefore = 0n;
  for (const n of numerators) {
    running += n;
    const roundedNow = roundDiv(running, denominator);
    parts.push(roundedNow - roundedBefore);
    roundedBefore = roundedNow;
  }
  return parts;
}
