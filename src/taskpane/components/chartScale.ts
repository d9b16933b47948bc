/**
 * The arithmetic behind the pane's charts, apart from the drawing so a test can hold every chart to
 * one rule: a mark's signed length orders like its value. Zero always lies inside the scale, so a
 * negative value (paid early, a credit note) is drawn on the other side of the zero line instead of
 * as a long bar of the same sign.
 */

export interface Scale {
  min: number;
  max: number;
  /** Where zero sits, as a fraction 0..1 of the scale from min to max. */
  zero: number;
  /** A value's position as a fraction 0..1 from min to max. */
  at(value: number): number;
}

export function linearScale(values: readonly number[], ticks?: readonly number[]): Scale {
  const all = [...values, ...(ticks ?? [])];
  const min = Math.min(0, ...all);
  const max = Math.max(0, ...all);
  const span = max - min || 1;
  const at = (v: number) => (v - min) / span;
  return { min, max, zero: at(0), at };
}

/** A bar from the zero line to the value, as fractions of the scale: start and length >= 0. */
export function barSpan(scale: Scale, value: number): { start: number; length: number } {
  const end = scale.at(value);
  return { start: Math.min(scale.zero, end), length: Math.abs(end - scale.zero) };
}

/**
 * Round axis ticks (1, 2 or 5 times a power of ten) covering min..max and zero, at most about
 * `count` steps on the larger side: enough to read a value off the axis, few enough for a narrow pane.
 */
export function niceTicks(values: readonly number[], count = 3): number[] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const largest = Math.max(Math.abs(min), Math.abs(max));
  if (largest === 0) return [0];
  const raw = largest / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  const first = -Math.ceil(-min / step);
  for (let k = first; ; k += 1) {
    const t = k * step;
    ticks.push(k === 0 ? 0 : Number(t.toPrecision(12)));
    if (t >= max) break;
  }
  return ticks;
}
