/**
 * An e-mail cell as people fill it: "jan@x.nl; boekhouding@x.nl", "Jan <jan@x.nl>", "geen".
 * A reminder goes to one address; anything else is found here first, at its cell, so `check`
 * names it and one customer's cell never stops the reminders of all the others.
 */
import type { Why } from './cells';

const ADDRESS = /^[^\s@<>;,]+@[^\s@<>;,]+\.[^\s@<>;,]+$/;

export function emailProblem(text: string): Why | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const parts = t.split(/[;,\s]+/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => ADDRESS.test(p)))
    return {
      code: 'several-emails',
      nl: `bevat ${parts.length} adressen; een herinnering gaat naar één adres: zet het andere in de notities`,
      en: `holds ${parts.length} addresses; a reminder goes to one address: move the other to the notes`,
    };
  if (!ADDRESS.test(t))
    return {
      code: 'invalid-email',
      nl: `"${t}" is geen e-mailadres; de herinnering krijgt geen ontvanger tot u het verbetert`,
      en: `"${t}" is not an e-mail address; the reminder gets no recipient until you correct it`,
    };
  return undefined;
}
