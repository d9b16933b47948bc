/**
 * Texts of the reminder view's payment QR, free channels and thank-you notes, in both languages;
 * out of the main catalogue (the pane's first chunk), loaded with the reminder view.
 */
import type { Language } from '../../domain/model';
import type { EpcProblemCode } from '../../domain/payment/epcQr';

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
  qrWhy: {
    'iban-invalid': 'De IBAN in Instellingen is ongeldig.',
    'bic-invalid': 'De BIC in Instellingen is ongeldig.',
    'name-missing': 'Instellingen noemt geen bedrijfsnaam.',
    'amount-too-small': 'Het bedrag is kleiner dan € 0,01.',
    'amount-too-large': 'Het bedrag is groter dan € 999.999.999,99.',
    'amount-not-whole-cents': 'Het bedrag is geen heel aantal centen.',
    'reference-invalid': 'Het betalingskenmerk klopt niet (controlecijfers).',
    'reference-and-text': 'Een kenmerk en een omschrijving tegelijk.',
    'text-too-long': 'De omschrijving is langer dan 140 tekens.',
    'payload-too-long': 'De gegevens passen niet in een betaal-QR (331 bytes): kort de bedrijfsnaam in.',
  },
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
  qrWhy: {
    'iban-invalid': 'The IBAN in Settings is invalid.',
    'bic-invalid': 'The BIC in Settings is invalid.',
    'name-missing': 'Settings names no company.',
    'amount-too-small': 'The amount is less than €0.01.',
    'amount-too-large': 'The amount is more than €999,999,999.99.',
    'amount-not-whole-cents': 'The amount is not whole cents.',
    'reference-invalid': 'The payment reference is invalid (check digits).',
    'reference-and-text': 'A reference and a description at once.',
    'text-too-long': 'The description exceeds 140 characters.',
    'payload-too-long': 'The data do not fit a payment QR (331 bytes): shorten the company name.',
  },
  fieldName: 'Payee',
  fieldIban: 'IBAN',
  fieldAmount: 'Amount',
  fieldReference: 'Reference',
};

export const PAYQR_TEXT: Record<Language, PayqrMessages> = { nl, en };
