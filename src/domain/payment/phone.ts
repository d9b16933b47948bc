/**
 * A customer's phone number as WhatsApp's click-to-chat link wants it: the full international
 * number in digits, without "+", "00" or the national leading zero. A number written nationally
 * ("06 1234 5678", "0470 12 34 56") takes the country of the settings (NL 31, BE 32).
 */
const COUNTRY_CODE = { NL: '31', BE: '32' } as const;

export type PhoneProblem = 'missing' | 'invalid';

export function internationalDigits(
  phone: string | undefined,
  country: keyof typeof COUNTRY_CODE,
): { ok: true; digits: string } | { ok: false; problem: PhoneProblem } {
  const raw = (phone ?? '').trim();
  if (!raw) return { ok: false, problem: 'missing' };
  // Separators people type: spaces, dots, dashes, slashes, brackets ("+31 (0)6 …" drops the (0)).
  if (/[^\d\s.\-/()+]/.test(raw)) return { ok: false, problem: 'invalid' };
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '');
  let digits: string;
  if (/^\+\d+$/.test(compact)) digits = compact.slice(1);
  else if (/^00\d+$/.test(compact)) digits = compact.slice(2);
  else if (/^0\d+$/.test(compact)) digits = COUNTRY_CODE[country] + compact.slice(1);
  else return { ok: false, problem: 'invalid' };
  // E.164: at most 15 digits; no country's full number is shorter than 8 with its code.
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0'))
    return { ok: false, problem: 'invalid' };
  return { ok: true, digits };
}

export function whatsappLink(digits: string, text: string): string {
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}
