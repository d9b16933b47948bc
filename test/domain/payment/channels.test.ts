import { channelDrafts, type ChannelInput } from '../../../src/domain/payment/channels';
import { internationalDigits, whatsappLink } from '../../../src/domain/payment/phone';
import { smsSize } from '../../../src/domain/payment/sms';
import { CHANNEL_TEMPLATES } from '../../../src/domain/payment/channelTemplates';
import { defaultSettings } from '../../../src/domain/model';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const input: ChannelInput = {
  step: { id: 'herinnering-1', kind: 'friendly' },
  customer: { name: 'Bakkerij Zoë', contactName: 'Zoë de Vries', phone: '06-12 34 56 78', kind: 'business' },
  invoices: [
    { number: 'F1', openCents: cents(12100) },
    { number: 'F2', openCents: cents(5000) },
  ],
  newTermUntil: isoDate('2026-12-07'),
  language: 'nl',
  tone: 'formal',
  settings: defaultSettings({
    companyName: 'Studio Noord',
    companyIban: 'NL91 ABNA 0417 1643 00',
    senderName: 'Eva',
  }),
};

describe('phone numbers for WhatsApp', () => {
  it('writes national numbers with the country code of the settings, and keeps international ones', () => {
    expect(internationalDigits('06-12 34 56 78', 'NL')).toEqual({ ok: true, digits: '31612345678' });
    expect(internationalDigits('0470 12 34 56', 'BE')).toEqual({ ok: true, digits: '32470123456' });
    expect(internationalDigits('+31 (0)6 1234 5678', 'BE')).toEqual({ ok: true, digits: '31612345678' });
    expect(internationalDigits('0032 470 12 34 56', 'NL')).toEqual({ ok: true, digits: '32470123456' });
  });

  it('says when there is no number or no usable one', () => {
    expect(internationalDigits(undefined, 'NL')).toEqual({ ok: false, problem: 'missing' });
    expect(internationalDigits('  ', 'NL')).toEqual({ ok: false, problem: 'missing' });
    expect(internationalDigits('bel de receptie', 'NL')).toEqual({ ok: false, problem: 'invalid' });
    expect(internationalDigits('612345678', 'NL')).toEqual({ ok: false, problem: 'invalid' });
    expect(internationalDigits('+31 6 1234 5678 9999 99', 'NL')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('puts the text in the link encoded', () => {
    expect(whatsappLink('31612345678', 'Zoë & co? 100%')).toBe(
      'https://wa.me/31612345678?text=Zo%C3%AB%20%26%20co%3F%20100%25',
    );
  });
});

describe('SMS size', () => {
  it('counts GSM 7-bit septets, the extension table twice, in parts of 160 and then 153', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm-7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm-7', units: 161, segments: 2 });
    expect(smsSize('€'.repeat(80))).toEqual({ encoding: 'gsm-7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(307))).toMatchObject({ segments: 3 });
    expect(smsSize('Café, Zoé')).toMatchObject({ encoding: 'gsm-7' });
  });

  it('sends a text with any other character as UCS-2: 70, then parts of 67', () => {
    expect(smsSize('Zoë'.padEnd(70, 'x'))).toEqual({ encoding: 'ucs-2', units: 70, segments: 1 });
    expect(smsSize('Zoë'.padEnd(71, 'x'))).toEqual({ encoding: 'ucs-2', units: 71, segments: 2 });
  });
});

describe('channel drafts', () => {
  it('drafts one short text with the amount, the date, the IBAN and the invoices', () => {
    const d = channelDrafts(input);
    expect(d.text).toContain('Beste Zoë de Vries,');
    expect(d.text).toContain('facturen F1 en F2');
    expect(d.text).toContain('€ 171,00');
    expect(d.text).toContain('7 december 2026');
    expect(d.text).toContain('NL91ABNA0417164300');
    expect(d.text).not.toMatch(/[\u00a0\u202f]/);
    expect(d.whatsapp).toEqual({
      ok: true,
      digits: '31612345678',
      href: `https://wa.me/31612345678?text=${encodeURIComponent(d.text)}`,
    });
  });

  it('keeps the SMS within two parts, falling back to the compact text, and says which', () => {
    const d = channelDrafts(input);
    expect(d.sms.segments).toBeLessThanOrEqual(2);
    const long = channelDrafts({
      ...input,
      invoices: Array.from({ length: 9 }, (_, i) => ({ number: `F2026-10${i}`, openCents: cents(100) })),
    });
    expect(long.sms.compact).toBe(true);
    expect(long.sms.text).not.toContain('NL91');
    expect(long.sms.segments).toBe(smsSize(long.sms.text).segments);
  });

  it('writes a call script for each step kind, language and tone, naming the caller and the amount', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const tone of ['formal', 'informal'] as const) {
        for (const kind of ['friendly', 'second', 'final', 'collection'] as const) {
          const d = channelDrafts({ ...input, language, tone, step: { id: kind, kind } });
          expect(d.callScript).toContain('Eva');
          expect(d.callScript).toContain(language === 'nl' ? '€ 171,00' : '€171.00');
          expect(d.callScript.split('\n')).toHaveLength(5);
        }
      }
    }
    expect(CHANNEL_TEMPLATES.nl.formal.second.call).not.toBe(CHANNEL_TEMPLATES.nl.formal.friendly.call);
  });

  it('takes a consultant’s text from the settings, strict about placeholders', () => {
    const settings = {
      ...input.settings,
      templates: { 'friendly.nl.formal.short': 'Nog {{totalOpen}} open.' },
    };
    expect(channelDrafts({ ...input, settings }).text).toBe('Nog € 171,00 open.');
    const broken = { ...input.settings, templates: { 'friendly.nl.formal.short': 'Nog {{bedrag}} open.' } };
    expect(() => channelDrafts({ ...input, settings: broken })).toThrow(/bedrag/);
  });

  it('gives no WhatsApp link, and why, without a usable number', () => {
    const d = channelDrafts({ ...input, customer: { ...input.customer, phone: undefined } });
    expect(d.whatsapp).toEqual({ ok: false, problem: 'missing' });
  });
});
