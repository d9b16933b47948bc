/**
 * A weighted sample of whole-day delays (days paid after the due date), sorted once, with prefix
 * sums so that "only the delays above x" — what an invoice still open x days after its due date
 * can still do — costs a binary search instead of a pass. The prediction asks this once per open
 * invoice, of the trader's whole history, so a pass per question would make it quadratic.
 */
export interface Delay {
  days: number;
  weight: number;
}

export class DelaySample {
  private readonly days: number[];
  /** prefixWeight[i] = weight of the first i delays. */
  private readonly prefixWeight: number[];
  private readonly prefixWeighted: number[];

  constructor(delays: readonly Delay[]) {
    const sorted = delays.filter((d) => d.weight > 0).sort((a, b) => a.days - b.days);
    this.days = sorted.map((d) => d.days);
    this.prefixWeight = [0];
    this.prefixWeighted = [0];
    for (const d of sorted) {
      this.prefixWeight.push((this.prefixWeight.at(-1) as number) + d.weight);
      this.prefixWeighted.push((this.prefixWeighted.at(-1) as number) + d.weight * d.days);
    }
  }

  /** Index of the first delay greater than x. */
  private firstAbove(x: number): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.days[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The part of the sample above `x` (all of it for x = -Infinity). */
  above(x: number): Tail {
    const from = x === -Infinity ? 0 : this.firstAbove(x);
    const n = this.days.length;
    const base = this.prefixWeight[from] as number;
    const weight = (this.prefixWeight[n] as number) - base;
    const weighted = (this.prefixWeighted[n] as number) - (this.prefixWeighted[from] as number);
    return {
      count: n - from,
      weight,
      mean: weight > 0 ? weighted / weight : null,
      // Share of the tail's weight at or below d.
      cdf: (d: number) =>
        weight > 0 ? ((this.prefixWeight[this.firstAbove(d)] as number) - base) / weight : 0,
      min: n - from > 0 ? (this.days[from] as number) : null,
      max: n - from > 0 ? (this.days[n - 1] as number) : null,
    };
  }
}

export interface Tail {
  count: number;
  weight: number;
  mean: number | null;
  cdf: (d: number) => number;
  min: number | null;
  max: number | null;
}

/**
 * The q-quantile of a mixture of tails (share[i] of the probability to tails[i]): the smallest
 * whole day d with mixture CDF(d) >= q. Days are whole numbers, so a binary search over the day
 * range finds it in a few dozen CDF evaluations whatever the sample sizes.
 */
export function mixtureQuantile(parts: readonly { tail: Tail; share: number }[], q: number): number | null {
  const live = parts.filter((p) => p.share > 0 && p.tail.count > 0);
  if (live.length === 0) return null;
  let lo = Math.min(...live.map((p) => p.tail.min as number));
  let hi = Math.max(...live.map((p) => p.tail.max as number));
  const total = live.reduce((s, p) => s + p.share, 0);
  const cdf = (d: number): number => live.reduce((s, p) => s + p.share * p.tail.cdf(d), 0) / total;
  // A tiny tolerance keeps floating-point sums of exact shares (0.25 of 4 equal weights) exact.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cdf(mid) >= q - 1e-12) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
