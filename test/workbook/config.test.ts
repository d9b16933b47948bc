/**
 * The consultant config's schema on zod/mini: defaults, strictness and messages that say what is
 * wrong (zod's English locale, configured in the model) rather than a bare "Invalid input".
 */
import { DomainError } from '../../src/domain/errors';
import { customerSchema, defaultSettings } from '../../src/domain/model';
import { parseConfig, settingsFromConfig } from '../../src/workbook/config';

function failure(input: unknown): DomainError {
  try {
    parseConfig(input);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('parseConfig accepted the input');
}

describe('parseConfig', () => {
  it('fills the defaults of an empty config', () => {
    expect(parseConfig({})).toEqual({
      company: {},
      language: 'nl',
      terms: {},
      templates: {},
      extraColumns: {},
      aliases: {},
    });
  });

  it('trims names and keeps what the config names', () => {
    const c = parseConfig({
      company: { name: '  Bakkerij Jansen ', iban: 'NL91 ABNA 0417 1643 00' },
      language: 'en',
      terms: { businessDays: 21 },
      extraColumns: { invoices: [' Projectcode '] },
    });
    expect(c.company.name).toBe('Bakkerij Jansen');
    expect(c.extraColumns).toEqual({ invoices: ['Projectcode'] });
    expect(settingsFromConfig(c)).toMatchObject({
      language: 'en',
      companyName: 'Bakkerij Jansen',
      companyIban: 'NL91ABNA0417164300',
      businessTermDays: 21,
    });
  });

  it('names the path and the reason of a bad value', () => {
    const iban = failure({ company: { iban: 'NL00 GEEN 1234' } });
    expect(iban.message).toMatch(/config: not a valid IBAN$/);
    expect(iban.where).toMatchObject({ path: 'company.iban' });
    const term = failure({ terms: { businessDays: 400 } });
    expect(term.where).toMatchObject({ path: 'terms.businessDays' });
    expect(term.message).toMatch(/config: Too big: expected number to be <=365/);
    expect(failure({ language: 'de' }).message).toMatch(/config: Invalid option: expected one of "nl"\|"en"/);
  });

  it('takes segments with a rule and an optional ladder, checked like Instellingen checks them', () => {
    const segment = {
      name: ' Grote klanten ',
      rule: 'omzet in 12 maanden boven 10000 en zakelijk',
      ladder: [{ id: 'overzicht', kind: 'friendly', afterDays: 30, newTermDays: 14, channel: 'statement' }],
    };
    expect(settingsFromConfig(parseConfig({ segments: [segment] })).segments).toEqual([
      {
        name: 'Grote klanten',
        rule: 'omzet in 12 maanden boven 10000 en zakelijk',
        ladder: [
          {
            id: 'overzicht',
            kind: 'friendly',
            afterDays: 30,
            newTermDays: 14,
            offerPaymentPlan: false,
            channel: 'statement',
          },
        ],
      },
    ]);
    const unreadable = failure({ segments: [{ name: 'X', rule: 'omzet boven veel' }] });
    expect(unreadable.where).toMatchObject({ path: 'segments.0.rule' });
    expect(unreadable.message).toMatch(/config: "boven" \(character 7\) does not fit here/);
    // A rule holding business customers only reaches no consumer: no fourteen-day letter asked.
    const steps = ['friendly', 'second', 'collection'].map((kind, i) => ({
      id: `s${i}`,
      kind,
      afterDays: 1,
      newTermDays: 7,
    }));
    expect(() => parseConfig({ segments: [{ name: 'B', rule: 'zakelijk', ladder: steps }] })).not.toThrow();
    expect(failure({ segments: [{ name: 'C', rule: 'consument', ladder: steps }] }).where).toMatchObject({
      path: 'segments.0.ladder.2.kind',
    });
  });

  it('refuses a key it does not know (a typo would be lost silently)', () => {
    expect(failure({ company: { naam: 'X' } }).message).toMatch(/Unrecognized key: "naam"/);
    expect(failure({ colour: 'blue' }).message).toMatch(/Unrecognized key: "colour"/);
  });
});

describe('model schemas on zod/mini', () => {
  it('trim text, require it, and refuse fractional terms with a readable message', () => {
    const ok = customerSchema.safeParse({ number: ' K1 ', name: 'Jansen', kind: 'business' });
    expect(ok.success && ok.data).toEqual({ number: 'K1', name: 'Jansen', kind: 'business', ibans: [] });
    const blank = customerSchema.safeParse({ number: '  ', name: 'Jansen', kind: 'business' });
    expect(blank.success).toBe(false);
    const term = customerSchema.safeParse({
      number: 'K1',
      name: 'J',
      kind: 'business',
      paymentTermDays: 1.5,
    });
    expect(term.error?.issues[0]?.message).toMatch(/^Invalid input: expected int/);
  });

  it('report a bad settings override at its field', () => {
    expect(() => defaultSettings({ consumerTermDays: -1 })).toThrow(/Too small/);
    expect(defaultSettings({}).consumerTermDays).toBe(14);
  });
});
