/** One reason per missing payment QR, the same in the pane, the CLI's drafts and the statements. */
import { noQrLine } from '../../../src/cli/qrText';
import type { EpcProblemCode } from '../../../src/domain/payment/epcQr';
import { noQrReason, noQrReasons, noQrSentence } from '../../../src/domain/payment/noQrReason';
import { statementWords } from '../../../src/domain/statement/texts';
import { PAYQR_TEXT } from '../../../src/taskpane/i18n/payqr';

const CODES = Object.keys(noQrReasons('nl')) as EpcProblemCode[];

describe.each(['nl', 'en'] as const)('why no payment QR, in %s', (language) => {
  it.each(CODES)('%s: the reminder view, the .eml draft and the statement give one reason', (code) => {
    const reason = noQrReason(code, language);
    expect(reason).not.toBe('');
    expect(noQrLine(code, language)).toBe(
      `${language === 'nl' ? 'geen betaal-QR' : 'no payment QR'}: ${reason}`,
    );
    expect(statementWords(language).qrWhy[code]).toBe(reason);
    expect(PAYQR_TEXT[language].qrWhy[code]).toBe(noQrSentence(code, language));
    expect(noQrSentence(code, language).toLowerCase()).toBe(`${reason.toLowerCase()}.`);
  });

  it('has a different reason for every problem, in its own language', () => {
    const reasons = CODES.map((c) => noQrReason(c, language));
    expect(new Set(reasons).size).toBe(CODES.length);
    const other = language === 'nl' ? 'en' : 'nl';
    for (const c of CODES) expect(noQrReason(c, language)).not.toBe(noQrReason(c, other));
  });
});

it('keeps the words that were right, and mends the one that was not', () => {
  expect(noQrLine('iban-invalid', 'nl')).toBe('geen betaal-QR: de IBAN in Instellingen is ongeldig');
  expect(PAYQR_TEXT.en.qrWhy['name-missing']).toBe('Settings names no company.');
  expect(statementWords('nl').qrWhy['amount-too-small']).toBe('er is niets te betalen');
  expect(noQrReason('payload-too-long', 'nl')).not.toContain('korter de');
});
