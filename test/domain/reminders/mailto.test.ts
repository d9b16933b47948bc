import { cents } from '../../../src/domain/money';
import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors';
import {
  defaultSettings,
  type CustomerKind,
  type DunningStepKind,
  type Language,
  type Tone,
} from '../../../src/domain/model';
import { draftReminder, type ReminderInvoice } from '../../../src/domain/reminders/draft';
import { MAILTO_MAX_LENGTH, mailtoLink } from '../../../src/domain/reminders/mailto';
import { isoDate } from '../../../src/domain/dates';

/** Splits a mailto href into its recipient and decoded query parameters. */
function parse(href: string): { to: string; subject?: string; body?: string } {
  expect(href.startsWith('mailto:')).toBe(true);
  const [to = '', query = ''] = href.slice('mailto:'.length).split('?');
  const out: { to: string; subject?: string; body?: string } = { to };
  for (const pair of query.split('&')) {
    const [k, v = ''] = pair.split('=');
    if (k === 'subject' || k === 'body') out[k] = decodeURIComponent(v);
  }
  return out;
}

describe('mailtoLink', () => {
  it('encodes spaces as %20 and line breaks as %0D%0A', () => {
    const link = mailtoLink({
      to: 'jan@devries.nl',
      subject: 'Herinnering F1',
      body: 'Regel 1\nRegel 2\r\nRegel 3',
    });
    expect(link).toEqual({
      href: 'mailto:jan@devries.nl?subject=Herinnering%20F1&body=Regel%201%0D%0ARegel%202%0D%0ARegel%203',
      truncated: false,
      bodyUsed: 'full',
    });
  });

  it('is still a valid link without a recipient', () => {
    expect(mailtoLink({ subject: 'Hoi', body: 'x' }).href).toBe('mailto:?subject=Hoi&body=x');
    expect(mailtoLink({ to: '  ', subject: 'Hoi', body: '' })).toEqual({
      href: 'mailto:?subject=Hoi',
      truncated: false,
      bodyUsed: 'none',
    });
  });

  it('splits a typed list of addresses and keeps @ readable', () => {
    expect(parse(mailtoLink({ to: 'a@x.nl; b@y.nl,c@z.be', subject: 's', body: '' }).href).to).toBe(
      'a@x.nl,b@y.nl,c@z.be',
    );
    expect(parse(mailtoLink({ to: ['a+b@x.nl'], subject: 's', body: '' }).href).to).toBe('a%2Bb@x.nl');
  });

  it('encodes apostrophes, brackets, ampersands and non-ASCII letters', () => {
    const { href } = mailtoLink({ subject: "D'Hondt & Zoë (B&B) =SUM(1)", body: 'IJsselmeer?#' });
    expect(href).toBe(
      'mailto:?subject=D%27Hondt%20%26%20Zo%C3%AB%20%28B%26B%29%20%3DSUM%281%29&body=IJsselmeer%3F%23',
    );
    expect(parse(href)).toEqual({ to: '', subject: "D'Hondt & Zoë (B&B) =SUM(1)", body: 'IJsselmeer?#' });
  });

  it('keeps the subject on one line', () => {
    expect(parse(mailtoLink({ subject: 'a\r\nb', body: '' }).href).subject).toBe('a b');
  });

  it('falls back to the short body when the full one is too long', () => {
    const link = mailtoLink({ to: 'a@b.nl', subject: 'S', body: 'x'.repeat(3000), fallbackBody: 'kort' });
    expect(link).toEqual({
      href: 'mailto:a@b.nl?subject=S&body=kort',
      truncated: true,
      bodyUsed: 'fallback',
    });
  });

  it('drops the body when even the short one is too long, and cuts an absurd subject', () => {
    expect(mailtoLink({ subject: 'S', body: 'x'.repeat(3000), fallbackBody: 'y'.repeat(3000) })).toEqual({
      href: 'mailto:?subject=S',
      truncated: true,
      bodyUsed: 'none',
    });
    const link = mailtoLink({ subject: 'é'.repeat(2000), body: 'b' });
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const subject = parse(link.href).subject ?? '';
    expect(subject.endsWith('…')).toBe(true);
    expect(subject.length).toBeGreaterThan(200);
    expect(link.truncated).toBe(true);
  });

  it('honours a smaller limit exactly at the boundary', () => {
    const href = 'mailto:?subject=S&body=abc';
    expect(mailtoLink({ subject: 'S', body: 'abc' }, href.length).truncated).toBe(false);
    expect(mailtoLink({ subject: 'S', body: 'abc' }, href.length - 1)).toEqual({
      href: 'mailto:?subject=S',
      truncated: true,
      bodyUsed: 'none',
    });
  });

  it('refuses a recipient list longer than any link may be', () => {
    expect(() => mailtoLink({ to: `${'a'.repeat(2100)}@x.nl`, subject: 's', body: '' })).toThrow(DomainError);
  });

  it('replaces a lone surrogate instead of throwing a URIError', () => {
    expect(parse(mailtoLink({ subject: 'a\uD800b', body: '\uDC00' }).href)).toEqual({
      to: '',
      subject: 'a\uFFFDb',
      body: '\uFFFD',
    });
  });

  it('property: any body gives a link within the limit that decodes back to the subject', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 150 }),
        fc.string({ unit: 'binary', maxLength: 4000 }),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 600 }), { nil: undefined }),
        fc.option(fc.emailAddress(), { nil: undefined }),
        (subject, body, fallbackBody, to) => {
          const link = mailtoLink({ to, subject, body, fallbackBody });
          expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
          const parsed = parse(link.href);
          expect(parsed.subject).toBe(subject.replace(/[\r\n\t]+/g, ' ').trim());
          if (link.bodyUsed === 'fallback')
            expect(parsed.body).toBe((fallbackBody ?? '').replace(/\r\n|\r|\n/g, '\r\n'));
          expect(link.truncated).toBe(link.bodyUsed !== 'full' && body !== '');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: a well-formed body that fits comes back unchanged apart from CRLF line breaks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (body) => {
        const link = mailtoLink({ subject: 'S', body });
        if (link.bodyUsed === 'full') expect(parse(link.href).body).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
        else expect(link.href.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mailto links of real drafts', () => {
  const invoices: ReminderInvoice[] = Array.from({ length: 6 }, (_, i) => ({
    number: `F2026-${String(100 + i)}`,
    invoiceDate: isoDate('2026-09-01'),
    dueDate: isoDate('2026-10-01'),
    openCents: cents(12345 * (i + 1)),
    paymentReference: i % 2 ? undefined : `5000 0000 0000 000${i}`,
  }));
  const cells = (['nl', 'en'] as Language[]).flatMap((language) =>
    (['formal', 'informal'] as Tone[]).flatMap((tone) =>
      (['friendly', 'second', 'final', 'collection'] as DunningStepKind[]).flatMap((kind) =>
        (['business', 'consumer'] as CustomerKind[]).map((customerKind) => ({
          language,
          tone,
          kind,
          customerKind,
        })),
      ),
    ),
  );

  it.each(cells)(
    '$kind $language $tone $customerKind fits, and its fallback keeps salutation, total and term',
    ({ language, tone, kind, customerKind }) => {
      const draft = draftReminder({
        step: { id: kind, kind, offerPaymentPlan: true },
        customer: { number: 'K1', name: 'Zoë D’Hondt', kind: customerKind, contactName: 'Zoë D’Hondt' },
        invoices,
        newTermUntil: isoDate('2026-11-30'),
        today: isoDate('2026-11-16'),
        settings: defaultSettings({
          language,
          tone,
          companyName: 'Studio Vos',
          companyIban: 'NL91ABNA0417164300',
          senderName: 'Eva Vos',
        }),
        claim:
          kind === 'final' || kind === 'collection'
            ? { interestCents: cents(500), costsCents: cents(9000), costsVatCents: cents(0) }
            : undefined,
      });
      const link = mailtoLink({
        to: 'zoe@example.be',
        subject: draft.subject,
        body: draft.body,
        fallbackBody: draft.shortBody,
      });
      expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      const parsed = parse(link.href);
      expect(parsed.subject).toBe(draft.subject);
      // Six invoices rarely fit in 2,000 characters; whichever body is used carries the essentials.
      expect(link.bodyUsed).not.toBe('none');
      expect(link.truncated).toBe(link.bodyUsed === 'fallback');
      const body = parsed.body ?? '';
      if (link.bodyUsed === 'full') expect(body).toBe(draft.body.replace(/\n/g, '\r\n'));
      expect(body.startsWith(draft.salutation)).toBe(true);
      expect(body).toContain(language === 'nl' ? '€\u00A02.592,45' : '€2,592.45');
      const statutory = kind === 'final' && customerKind === 'consumer';
      expect(body).toContain(
        statutory
          ? language === 'nl'
            ? 'binnen 14 dagen na de dag van ontvangst van deze brief'
            : 'within 14 days after the day on which you receive this letter'
          : language === 'nl'
            ? '30 november 2026'
            : '30 November 2026',
      );
      if (link.bodyUsed === 'fallback') expect(body).toMatch(language === 'nl' ? /klembord/ : /clipboard/);
    },
  );
});
