// No import of src/domain/segments here: the plan must not treat segments it cannot read as none.
import { dunningPlan } from '../../../src/domain/dunning';
import { index, settings } from '../_statusBuilders';
import { isoDate } from '../../../src/domain/dates';

const ledger = index({});

describe('the ladder without the segment rules loaded', () => {
  it('plans as always when no segments are defined', () => {
    expect(dunningPlan(ledger, settings(), isoDate('2026-03-01')).map((g) => g.step.id)).toEqual([
      'herinnering-1',
    ]);
  });

  it('refuses settings with segments rather than silently placing nobody in them', () => {
    const s = settings({ segments: [{ name: 'Zakelijk', rule: 'zakelijk' }] });
    expect(() => dunningPlan(ledger, s, isoDate('2026-03-01'))).toThrow(
      /settings\.segments: the settings define segments but their rules are not loaded/,
    );
  });
});
