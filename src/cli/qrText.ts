/** Why a reminder has no payment QR, in the reminder's language (domain/payment/noQrReason). */
import type { Language } from '../domain/model';
import type { EpcProblemCode } from '../domain/payment/epcQr';
import { noQrReason } from '../domain/payment/noQrReason';

export function noQrLine(code: EpcProblemCode, language: Language): string {
  const why = noQrReason(code, language);
  return language === 'nl' ? `geen betaal-QR: ${why}` : `no payment QR: ${why}`;
}

export const QR_CAPTION = {
  nl: {
    caption: 'Betalen met uw bank-app? Scan deze code:',
    alt: 'Betaal-QR-code (SEPA-overschrijving)',
  },
  en: {
    caption: 'Paying with your banking app? Scan this code:',
    alt: 'Payment QR code (SEPA credit transfer)',
  },
} as const;
