/**
 * Reads a rendered chart back as the signed length of each mark, from its geometry alone, so a test
 * can compare what the eye sees with the values the chart was given.
 */

const EPS = 1e-6;

function percent(value: string): number {
  const m = /^(-?[\d.]+)%$/.exec(value.trim());
  if (!m) throw new Error(`not a percentage: "${value}"`);
  return Number(m[1]);
}

/** Horizontal bars: right of the zero line counts as positive, left of it as negative. */
export function hbarLengths(chart: Element): number[] {
  const zeroEl = chart.querySelector<HTMLElement>('[data-zero]');
  const zero = zeroEl ? percent(zeroEl.style.left) : 0;
  return [...chart.querySelectorAll<HTMLElement>('[data-bar]')].map((bar) => {
    const left = percent(bar.style.left);
    const width = percent(bar.style.width);
    return left >= zero - EPS ? width : -width;
  });
}

/** Columns of one series: above the zero line positive, below it negative. */
export function columnLengths(chart: Element, series: number): number[] {
  const zeroY = Number(chart.getAttribute('data-zero-y'));
  return [...chart.querySelectorAll(`rect[data-series="${series}"]`)].map((rect) => {
    const y = Number(rect.getAttribute('y'));
    const height = Number(rect.getAttribute('height'));
    return y + height <= zeroY + EPS ? height : -height;
  });
}

/** Points of a line, as their height above the zero line (screen y grows downwards). */
export function pointHeights(chart: Element): number[] {
  const zeroY = Number(chart.getAttribute('data-zero-y'));
  return [...chart.querySelectorAll('circle[data-point]')].map((c) => zeroY - Number(c.getAttribute('cy')));
}

/** Throws unless the marks order like the values, pair by pair, and lie on the same side of zero. */
export function expectOrderedLike(values: readonly number[], marks: readonly number[]): void {
  if (values.length !== marks.length) {
    throw new Error(`${values.length} values but ${marks.length} marks`);
  }
  const sign = (n: number) => (Math.abs(n) < EPS ? 0 : Math.sign(n));
  values.forEach((v, i) => {
    if (sign(v) !== sign(marks[i] ?? 0) && !(v === 0 && marks[i] === 0)) {
      throw new Error(`value ${v} drawn on the wrong side of zero (${marks[i]})`);
    }
    values.forEach((w, j) => {
      if (sign(v - w) !== sign((marks[i] ?? 0) - (marks[j] ?? 0))) {
        throw new Error(`values ${v} and ${w} drawn as ${marks[i]} and ${marks[j]}`);
      }
    });
  });
}
