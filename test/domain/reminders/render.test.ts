import { DomainError } from '../../../src/domain/errors';
import {
  PLACEHOLDER_NAMES,
  REMINDER_PLACEHOLDERS,
  renderTemplate,
  tidyBody,
  tidySubject,
  validateTemplate,
} from '../../../src/domain/reminders/render';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('renderTemplate', () => {
  it('fills placeholders, allows spaces inside the braces, and reports what it used in order', () => {
    const r = renderTemplate(
      '{{salutation}}\nTotaal: {{ totalOpen }} ({{totalOpen}})',
      { salutation: 'Beste Jan,', totalOpen: '€ 10,00' },
      'k',
    );
    expect(r.text).toBe('Beste Jan,\nTotaal: € 10,00 (€ 10,00)');
    expect(r.used).toEqual(['salutation', 'totalOpen']);
  });

  it('never expands placeholders that arrive inside a value (single pass)', () => {
    const r = renderTemplate(
      '{{contactName}} pays to {{iban}}',
      { contactName: '{{iban}} {{nonsense}}', iban: 'NL91' },
      'k',
    );
    expect(r.text).toBe('{{iban}} {{nonsense}} pays to NL91');
  });

  it('keeps "$" sequences in values literally (no replace-pattern surprises)', () => {
    expect(renderTemplate('{{customerName}}', { customerName: "$& $1 $$ $'" }, 'k').text).toBe("$& $1 $$ $'");
  });

  it('rejects an unknown placeholder with its name and the template key', () => {
    const e = caught(() =>
      renderTemplate('Beste {{voornaam}},', { salutation: 'x' }, 'herinnering-1.nl.formal.body'),
    );
    expect(e.code).toBe('unknown-placeholder');
    expect(e.where).toEqual({ path: 'herinnering-1.nl.formal.body', value: 'voornaam' });
    expect(e.message).toContain('{{voornaam}}');
    expect(e.message).toContain('herinnering-1.nl.formal.body');
  });

  it('rejects a placeholder whose name is not an identifier', () => {
    expect(caught(() => renderTemplate('{{total open}}', {}, 'k')).where.value).toBe('total open');
    expect(caught(() => renderTemplate('{{}}', {}, 'k')).code).toBe('unknown-placeholder');
  });

  it('rejects stray braces instead of printing them', () => {
    const e = caught(() => renderTemplate('Totaal {{totalOpen', { totalOpen: '1' }, 'x.body'));
    expect(e.code).toBe('invalid-input');
    expect(e.where.path).toBe('x.body');
    expect(caught(() => renderTemplate('{{totalOpen}} }}', { totalOpen: '1' }, 'k')).code).toBe(
      'invalid-input',
    );
  });

  it('rejects a known placeholder that has no value here, with the reason', () => {
    const e = caught(() =>
      renderTemplate('Kosten: {{costs}}', { totalOpen: '1' }, 'final.nl.formal.body', {
        unavailable: { costs: 'no claim given' },
      }),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('{{costs}}');
    expect(e.message).toContain('no claim given');
    expect(e.where).toEqual({ path: 'final.nl.formal.body', value: 'costs' });
  });

  it('accepts an empty value (an optional sentence left out)', () => {
    expect(renderTemplate('a{{paymentPlanSentence}}b', { paymentPlanSentence: '' }, 'k').text).toBe('ab');
  });

  it('limits placeholders to an explicit set when given', () => {
    expect(renderTemplate('{{name}}', { name: 'Jan' }, 'k', { allowed: ['name'] }).text).toBe('Jan');
    expect(caught(() => renderTemplate('{{iban}}', { iban: 'x' }, 'k', { allowed: ['name'] })).code).toBe(
      'unknown-placeholder',
    );
  });
});

describe('validateTemplate', () => {
  it('lists the placeholders of a good template', () => {
    expect(validateTemplate('{{salutation}} {{totalOpen}} {{salutation}}')).toEqual({
      ok: true,
      placeholders: ['salutation', 'totalOpen'],
      problems: [],
    });
  });

  it('reports every problem with its position, for the settings UI', () => {
    const text = 'Hoi {{naam}}, {{totalOpen}} {{bedrag}} {{oeps';
    const check = validateTemplate(text);
    expect(check.ok).toBe(false);
    expect(check.placeholders).toEqual(['totalOpen']);
    expect(check.problems).toEqual([
      { kind: 'unknown-placeholder', placeholder: 'naam', index: text.indexOf('{{naam') },
      { kind: 'unknown-placeholder', placeholder: 'bedrag', index: text.indexOf('{{bedrag') },
      { kind: 'malformed', text: '{{oeps', index: text.indexOf('{{oeps') },
    ]);
  });

  it('knows every documented placeholder, with Dutch and English help', () => {
    for (const name of PLACEHOLDER_NAMES) {
      expect(validateTemplate(`{{${name}}}`).ok).toBe(true);
      expect(REMINDER_PLACEHOLDERS[name].nl.length).toBeGreaterThan(3);
      expect(REMINDER_PLACEHOLDERS[name].en.length).toBeGreaterThan(3);
    }
    expect(PLACEHOLDER_NAMES).toEqual(
      expect.arrayContaining([
        'contactName',
        'invoiceTable',
        'totalOpen',
        'newTermDate',
        'iban',
        'reference',
        'companyName',
        'senderName',
        'paymentPlanSentence',
        'costs',
        'interest',
      ]),
    );
  });

  it('refuses a value that is not text', () => {
    expect(caught(() => validateTemplate(42 as unknown as string)).code).toBe('invalid-input');
  });
});

describe('tidy', () => {
  it('drops trailing spaces and the blank lines an empty placeholder leaves', () => {
    expect(tidyBody('a  \r\n\r\n\r\n\r\nb\n\n\n\nc\n')).toBe('a\n\nb\n\nc');
  });
  it('keeps a subject on one line', () => {
    expect(tidySubject(' Herinnering\nF1\t F2 ')).toBe('Herinnering F1 F2');
  });
});
