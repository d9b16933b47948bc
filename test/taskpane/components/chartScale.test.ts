import fc from 'fast-check';
import { barSpan, linearScale, niceTicks } from '../../../src/taskpane/components/chartScale';

const values = fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 20 });

describe('chartScale', () => {
  test('zero lies inside the scale and every bar starts or ends on it', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const scale = linearScale(vs);
        expect(scale.zero).toBeGreaterThanOrEqual(0);
        expect(scale.zero).toBeLessThanOrEqual(1);
        for (const v of vs) {
          const { start, length } = barSpan(scale, v);
          const touches = Math.abs(start - scale.zero) < 1e-9 || Math.abs(start + length - scale.zero) < 1e-9;
          expect(touches).toBe(true);
          expect(start).toBeGreaterThanOrEqual(-1e-9);
          expect(start + length).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
    );
  });

  test('ticks are round, include zero and cover every value', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const ticks = niceTicks(vs);
        expect(ticks).toContain(0);
        expect(Math.min(...ticks)).toBeLessThanOrEqual(Math.min(0, ...vs));
        expect(Math.max(...ticks)).toBeGreaterThanOrEqual(Math.max(0, ...vs));
        expect(ticks.length).toBeLessThanOrEqual(9);
        const step = ticks.length > 1 ? (ticks[1] ?? 0) - (ticks[0] ?? 0) : 1;
        expect(Number(step.toExponential().split('e')[0])).toBeGreaterThan(0);
        expect([1, 2, 5]).toContain(Number(step.toExponential().split('e')[0]));
      }),
    );
  });

  test('a typical revenue axis', () => {
    expect(niceTicks([120000, 0, 340000])).toEqual([0, 200000, 400000]);
    expect(niceTicks([-4, 12])).toEqual([-5, 0, 5, 10, 15]);
    expect(niceTicks([0, 0])).toEqual([0]);
  });
});
