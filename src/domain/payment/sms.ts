/**
 * How many SMS parts a text takes (3GPP TS 23.038 and 23.040): in the GSM 7-bit alphabet 160
 * characters fit one message and 153 each part of a longer one, a character of the extension table
 * (€ [ ] { } \ ^ ~ |) counting twice; any other character sends the whole text as UCS-2, 70 in
 * one message and 67 a part.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';

export interface SmsSize {
  encoding: 'gsm-7' | 'ucs-2';
  /** Septets (GSM) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  let septets = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENSION.includes(ch)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'ucs-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'gsm-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}
