import fc from 'fast-check';
import { parseStep } from '../../../src/domain/ladder/parseStep';
import { dunningStepSchema } from '../../../src/domain/model';

const KINDS = ['friendly', 'second', 'final', 'collection'];
const CHANNELS = ['email', 'letter', 'phone', 'whatsapp', 'sms', 'statement'];

// Near-valid values mixed with anything, so both verdicts come up often.
const days = fc.oneof(
  fc.integer({ min: -3, max: 370 }),
  fc.constantFrom(0, 365, 366, -0, 1.5, Number.NaN, Infinity, 2 ** 53),
  fc.anything(),
);
const stepLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom('  a ', ' ', '', 'herinnering-1'), fc.anything()),
    kind: fc.oneof(fc.constantFrom(...KINDS, 'Friendly', ''), fc.anything()),
    afterDays: days,
    newTermDays: days,
    offerPaymentPlan: fc.oneof(fc.boolean(), fc.constantFrom(undefined, null, 0, 'true'), fc.anything()),
    channel: fc.oneof(fc.constantFrom(...CHANNELS, undefined, 'fax'), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('parseStep', () => {
  it("gives dunningStepSchema's verdict, output and first failing field on any input", () => {
    fc.assert(
      fc.property(fc.oneof(stepLike, fc.anything()), (raw) => {
        const mine = parseStep(raw);
        const zod = dunningStepSchema.safeParse(raw);
        expect(mine.ok).toBe(zod.success);
        if (mine.ok && zod.success) expect(mine.step).toStrictEqual(zod.data);
        if (!mine.ok && !zod.success) expect(mine.path).toEqual(zod.error.issues[0]?.path);
      }),
      { numRuns: 3000 },
    );
  });

  it('trims the id, defaults the payment-plan offer and drops unknown keys', () => {
    expect(parseStep({ id: ' r1 ', kind: 'friendly', afterDays: 1, newTermDays: 7, note: 'x' })).toEqual({
      ok: true,
      step: { id: 'r1', kind: 'friendly', afterDays: 1, newTermDays: 7, offerPaymentPlan: false },
    });
  });

  it('names the first bad field in the schema order', () => {
    const bad = parseStep({ id: ' ', kind: 'loud', afterDays: -1, newTermDays: 1 });
    expect(bad.ok ? [] : bad.path).toEqual(['id']);
    const late = parseStep({ id: 'a', kind: 'final', afterDays: 1, newTermDays: 400 });
    expect(late.ok ? [] : late.path).toEqual(['newTermDays']);
    expect(parseStep([1]).ok).toBe(false);
  });
});
