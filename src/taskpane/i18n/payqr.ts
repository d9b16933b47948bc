/**
 * Texts of the reminder view's payment QR, free channels and thank-you notes, in both languages;
 * out of the main catalogue (the pane's first chunk), loaded with the reminder view.
 */
import type { Language } from '../../domain/model';
import type { EpcProblemCode } from '../../domain/payment/epcQr';
import { noQrReasons, noQrSentence } from '../../domain/payment/noQrReason';

export interface PayqrMessages {
  qrTitle: string;
  qrAlt: string;
  qrHelp: string;
  qrLoading: string;
  qrLoadFailed: string;
  noQr: string;
  qrWhy: Record<EpcProblemCode, string>;
  fieldName: string;
  fieldIban: string;
  fieldAmount: string;
  fieldReference: string;
}

const nl: PayqrMessages = {
  qrTitle: 'Betaal-QR',
  qrAlt: 'Betaal-QR-code (SEPA-overschrijving) voor dit bedrag',
  qrHelp: 'Banken-apps in Nederland en België lezen deze code (EPC-QR). De klant bevestigt de betaling zelf.',
  qrLoading: 'QR-code maken…',
  qrLoadFailed: 'De QR-code kon niet worden gemaakt. Probeer het opnieuw.',
  noQr: 'Geen betaal-QR bij deze herinnering',
  qrWhy: noQrReasons('nl', noQrSentence),
  fieldName: 'Begunstigde',
  fieldIban: 'IBAN',
  fieldAmount: 'Bedrag',
  fieldReference: 'Kenmerk',
};

const en: PayqrMessages = {
  qrTitle: 'Payment QR',
  qrAlt: 'Payment QR code (SEPA credit transfer) for this amount',
  qrHelp:
    'Banking apps in the Netherlands and Belgium read this code (EPC QR). The customer confirms the payment.',
  qrLoading: 'Making the QR code…',
  qrLoadFailed: 'The QR code could not be made. Try again.',
  noQr: 'No payment QR for this reminder',
  qrWhy: noQrReasons('en', noQrSentence),
  fieldName: 'Payee',
  fieldIban: 'IBAN',
  fieldAmount: 'Amount',
  fieldReference: 'Reference',
};

export const PAYQR_TEXT: Record<Language, PayqrMessages> = { nl, en };
