/**
 * Small numeric helpers. Day figures are reported rounded to 0.1 day (half away from zero), DSO
 * the same; shares stay unrounded fractions 0..1 so they add up, and the UI rounds for display.
 */

/** Rounds to one decimal, half away from zero; never returns −0. */
export function round1(value: number): number {
  const r = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  return r === 0 ? 0 : r;
}

export function round1OrNull(value: number | null): number | null {
  return value === null ? null : round1(value);
}

/** An amount-weighted mean built up one value at a time. */
export class WeightedMean {
  private weighted = 0;
  private weights = 0;
  count = 0;

  add(value: number, weight: number): void {
    this.weighted += value * weight;
    this.weights += weight;
    this.count += 1;
  }

  get totalWeight(): number {
    return this.weights;
  }

  /** Unrounded; null without any weight. */
  mean(): number | null {
    return this.weights > 0 ? this.weighted / this.weights : null;
  }
}

/** Median of the values (mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
