import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors';
import {
  betalingskenmerkCheckDigit,
  findReferences,
  formatBetalingskenmerk,
  generateBetalingskenmerk,
  generateOgm,
  generateRf,
  isValidBetalingskenmerk,
  isValidOgm,
  isValidRf,
  parseReference,
} from '../../../src/domain/bank/references';

describe('NL betalingskenmerk', () => {
  it('computes the check digit by hand-checked example', () => {
    // Digits from the right 7,1,0,6,2,0,2 × weights 2,4,8,5,10,9,7 = 14+4+0+30+20+0+14 = 82;
    // 82 mod 11 = 5; 11 − 5 = 6.
    expect(betalingskenmerkCheckDigit('000000002026017')).toBe(6);
    expect(generateBetalingskenmerk('2026-017')).toBe('6000000002026017');
  });
  it('maps remainder 0 to check 0 and remainder 1 to check 1', () => {
    expect(betalingskenmerkCheckDigit('000000000000000')).toBe(0);
    // digit 5 at weight 2 -> 10; 10 mod 11 = 10; 11 − 10 = 1
    expect(betalingskenmerkCheckDigit('000000000000005')).toBe(1);
    // digit 6 at weight 2 -> 12 mod 11 = 1; 11 − 1 = 10 -> 1
    expect(betalingskenmerkCheckDigit('000000000000006')).toBe(1);
  });
  it('validates, tolerating spaces and dots, and rejects a changed digit', () => {
    expect(isValidBetalingskenmerk('6000 0000 0202 6017')).toBe(true);
    expect(isValidBetalingskenmerk('6000000002026018')).toBe(false);
    expect(isValidBetalingskenmerk('600000000202601')).toBe(false);
    expect(formatBetalingskenmerk('6000000002026017')).toBe('6000 0000 0202 6017');
  });
  // Remainders 1 and 10 both give check digit 1 (10 -> 1), so the scheme cannot catch every typo
  // when the check digit is 1; every other single-digit change is caught.
  it('generated references always validate and single-digit changes are caught (check digit 1 aside)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999_999_999_999n }),
        fc.nat(14),
        fc.integer({ min: 1, max: 9 }),
        (n, pos, delta) => {
          const ref = generateBetalingskenmerk(n.toString());
          expect(isValidBetalingskenmerk(ref)).toBe(true);
          const i = pos + 1;
          const changed = ref.slice(0, i) + String((Number(ref[i]) + delta) % 10) + ref.slice(i + 1);
          if (ref[0] !== '1') expect(isValidBetalingskenmerk(changed)).toBe(false);
        },
      ),
    );
  });
  it('refuses a seed with no digits or more than 15', () => {
    expect(() => generateBetalingskenmerk('ABC')).toThrow(DomainError);
    expect(() => generateBetalingskenmerk('1234567890123456')).toThrow(/1 to 15 digits/);
  });
});

describe('BE structured communication', () => {
  it('validates the published example shape and the 97 rule', () => {
    // 0000000097: 97 mod 97 = 0 -> written as 97
    expect(isValidOgm('+++000/0000/09797+++')).toBe(true);
    expect(isValidOgm('+++000/0000/09700+++')).toBe(false);
    expect(generateOgm(97)).toBe('+++000/0000/09797+++');
    expect(generateOgm('2026-021')).toBe('+++000/2026/02179+++');
    expect(isValidOgm('***000/2026/02179***')).toBe(true);
    expect(isValidOgm('000202602179')).toBe(true);
    expect(isValidOgm('+++000/2026/02178+++')).toBe(false);
  });
  it('generated communications validate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000_000 }), (n) =>
        expect(isValidOgm(generateOgm(n))).toBe(true),
      ),
    );
  });
});

describe('ISO 11649 RF', () => {
  it('validates the standard example and rejects a typo', () => {
    expect(isValidRf('RF18 5390 0754 7034')).toBe(true);
    expect(isValidRf('RF18539007547034')).toBe(true);
    expect(isValidRf('RF18539007547035')).toBe(false);
    expect(isValidRf('RF18')).toBe(false);
  });
  it('generates from an invoice number', () => {
    expect(generateRf('539007547034')).toBe('RF18539007547034');
    expect(isValidRf(generateRf('INV-2026-017'))).toBe(true);
    expect(() => generateRf('----')).toThrow(DomainError);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,21}$/), (s) => expect(isValidRf(generateRf(s))).toBe(true)),
    );
  });
});

describe('recognising references', () => {
  it('parses each kind to one canonical key', () => {
    expect(parseReference('6000 0000 0202 6017')).toEqual({
      kind: 'nl',
      text: '6000000002026017',
      key: 'nl:6000000002026017',
    });
    expect(parseReference('000202602179')?.key).toBe('be:000202602179');
    expect(parseReference('rf18 5390 0754 7034')?.key).toBe('rf:RF18539007547034');
    expect(parseReference('4654654654654654')).toBeUndefined();
  });
  it('finds valid references in free text, ignoring look-alikes with bad check digits', () => {
    const text =
      'Betaling +++000/2026/02179+++ en kenmerk 6000 0000 0202 6017, ook RF18 5390 0754 7034 bedankt; niet 1234 5678 9012 3456';
    expect(findReferences(text).map((r) => r.key)).toEqual([
      'rf:RF18539007547034',
      'be:000202602179',
      'nl:6000000002026017',
    ]);
  });
  it('finds an RF reference that runs on into text', () => {
    expect(findReferences('ref RF18539007547034FACTUUR').map((r) => r.text)).toEqual(['RF18539007547034']);
  });
});
