import { SAMPLE_DATE } from '../../src/demo/params';
import { DEMO_TEXT } from '../../src/demo/text';
import { isoDate } from '../../src/domain/dates';

describe("the demo header's date", () => {
  it('names the day the sample stands on, in both languages', () => {
    expect(DEMO_TEXT.nl.sampleAsOf(SAMPLE_DATE)).toBe('Voorbeeldgegevens, stand per 22 november 2026');
    expect(DEMO_TEXT.en.sampleAsOf(SAMPLE_DATE)).toBe('Sample data as of 22 November 2026');
  });

  it('writes every month as Intl does, without a leading zero on the day', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = isoDate(`2027-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`);
      const utc = new Date(`${date}T00:00:00Z`);
      for (const [language, locale] of [
        ['nl', 'nl-NL'],
        ['en', 'en-GB'],
      ] as const) {
        const words = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
        expect(DEMO_TEXT[language].sampleAsOf(date)).toMatch(new RegExp(`${words}$`));
      }
    }
  });
});
