import {
  EPC_LIMITS,
  epcAmount,
  epcPayload,
  utf8Bytes,
  type EpcTransfer,
} from '../../../src/domain/payment/epcQr';
import { generateOgm, generateRf } from '../../../src/domain/bank/references';
import { cents } from '../../../src/domain/money';

const base: EpcTransfer = {
  iban: 'NL91 ABNA 0417 1643 00',
  name: 'Bakkerij de Vries',
  amountCents: cents(1234),
  remittanceText: 'Factuur F2026-001',
};

function lines(t: EpcTransfer): string[] {
  const r = epcPayload(t);
  if (!r.ok) throw new Error(`expected a payload, got ${r.problem.code}`);
  return r.payload.split('\n');
}

function problem(t: EpcTransfer): string {
  const r = epcPayload(t);
  if (r.ok) throw new Error('expected a problem');
  return r.problem.code;
}

describe('EPC QR payload (EPC069-12, version 002)', () => {
  it('writes the elements in the guideline order, separated by line feeds', () => {
    expect(lines(base)).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      'Bakkerij de Vries',
      'NL91ABNA0417164300',
      'EUR12.34',
      '',
      '',
      'Factuur F2026-001',
    ]);
  });

  it('ends at the last element given: no trailing separators', () => {
    const r = epcPayload({ ...base, remittanceText: '' });
    expect(r.ok && r.payload.endsWith('EUR12.34')).toBe(true);
  });

  it('puts the BIC in element 5 when given, upper case, and refuses a malformed one', () => {
    expect(lines({ ...base, bic: 'abnanl2a' })[4]).toBe('ABNANL2A');
    expect(problem({ ...base, bic: 'ABN' })).toBe('bic-invalid');
  });

  it('normalises the IBAN and refuses an invalid one (check digits, country, empty)', () => {
    expect(lines({ ...base, iban: 'nl91abna0417164300' })[6]).toBe('NL91ABNA0417164300');
    expect(problem({ ...base, iban: 'NL92ABNA0417164300' })).toBe('iban-invalid');
    expect(problem({ ...base, iban: 'XX91ABNA0417164300' })).toBe('iban-invalid');
    expect(problem({ ...base, iban: '' })).toBe('iban-invalid');
  });

  it('cuts the name at 70 characters and refuses an empty one', () => {
    const long = 'Ö'.repeat(80);
    expect(lines({ ...base, name: long })[5]).toBe('Ö'.repeat(EPC_LIMITS.name));
    expect(problem({ ...base, name: '  \n ' })).toBe('name-missing');
  });

  it('writes the amount as EUR with two decimals, within 0.01 and 999999999.99', () => {
    expect(epcAmount(cents(1))).toBe('EUR0.01');
    expect(epcAmount(cents(100))).toBe('EUR1.00');
    expect(epcAmount(cents(123456789))).toBe('EUR1234567.89');
    expect(lines({ ...base, amountCents: cents(99_999_999_999) })[7]).toBe('EUR999999999.99');
    expect(problem({ ...base, amountCents: cents(0) })).toBe('amount-too-small');
    expect(problem({ ...base, amountCents: cents(-500) })).toBe('amount-too-small');
    expect(problem({ ...base, amountCents: cents(100_000_000_000) })).toBe('amount-too-large');
    expect(problem({ ...base, amountCents: 12.5 as never })).toBe('amount-not-whole-cents');
  });

  it('puts an RF creditor reference in the structured element, without spaces', () => {
    const rf = generateRf('F2026001');
    const spaced = rf.replace(/(.{4})/g, '$1 ');
    const l = lines({ ...base, remittanceText: undefined, structuredReference: spaced });
    expect(l[9]).toBe(rf);
    expect(l).toHaveLength(10);
  });

  it('puts a Belgian structured communication in the structured element as its 12 digits', () => {
    const ogm = generateOgm(2026001);
    const l = lines({ ...base, remittanceText: undefined, structuredReference: ogm });
    expect(l[9]).toMatch(/^\d{12}$/);
    expect(l[9]).toBe(ogm.replace(/\D/g, ''));
  });

  it('refuses a structured reference whose check digits fail, and one given beside a text', () => {
    expect(problem({ ...base, remittanceText: undefined, structuredReference: 'RF19539007547034' })).toBe(
      'reference-invalid',
    );
    expect(problem({ ...base, structuredReference: generateRf('X1') })).toBe('reference-and-text');
  });

  it('allows 140 characters of remittance text and refuses 141', () => {
    expect(lines({ ...base, remittanceText: 'a'.repeat(140) })[10]).toHaveLength(140);
    expect(problem({ ...base, remittanceText: 'a'.repeat(141) })).toBe('text-too-long');
  });

  it('keeps every element on its own line: line breaks and control characters in text become spaces', () => {
    const l = lines({ ...base, name: 'Jansen\r\nen Zn', remittanceText: 'F1\nF2\u0007' });
    expect(l[5]).toBe('Jansen en Zn');
    expect(l[10]).toBe('F1 F2');
    expect(l).toHaveLength(11);
  });

  it('writes the information line last, cut at 70 characters', () => {
    const l = lines({ ...base, information: 'i'.repeat(90) });
    expect(l).toHaveLength(12);
    expect(l[11]).toHaveLength(EPC_LIMITS.information);
  });

  it('keeps UTF-8 text (character set 1) and counts the 331-byte limit in bytes', () => {
    expect(lines({ ...base, name: 'Café Zoë – ’s-Hertogenbosch' })[5]).toBe('Café Zoë – ’s-Hertogenbosch');
    // 70 three-byte characters in the name, 140 in the text and 70 in the information: over 331 bytes.
    const r = epcPayload({
      ...base,
      name: '€'.repeat(70),
      remittanceText: '€'.repeat(140),
      information: '€'.repeat(70),
    });
    expect(r.ok ? 'ok' : r.problem).toEqual({
      code: 'payload-too-long',
      field: 'payload',
      value: expect.any(Number),
    });
  });
});

describe('utf8Bytes', () => {
  it('agrees with TextEncoder, lone surrogates included', () => {
    for (const text of ['BCD', 'Zoë', '€ 12', '𝄞 music', 'a\ud800b', '']) {
      expect(utf8Bytes(text)).toEqual([...new TextEncoder().encode(text)]);
    }
  });
});
