/** ABN AMRO's description field, unpacked into counterparty, IBAN, remittance and end-to-end id. */
import { requireText } from '../errors';

/**
 * ABN AMRO packs counterparty, IBAN and remittance into its description, in a SEPA slash form
 * ("/TRTP/SEPA OVERBOEKING/IBAN/NL…/BIC/…/NAME/…/REMI/…/EREF/…") or a labelled form
 * ("SEPA Overboeking IBAN: NL… BIC: … Naam: … Omschrijving: … Kenmerk: …").
 */
export function parseAbnDescription(description: string): {
  name?: string;
  iban?: string;
  remittance?: string;
  endToEndId?: string;
} {
  requireText(description, 'description');
  const d = description.trim();
  if (d.startsWith('/TRTP/')) {
    const parts = d.split('/');
    const get = (key: string): string | undefined => {
      const i = parts.indexOf(key);
      if (i < 0) return undefined;
      // A value may contain slashes: read up to the next known key.
      const keys = new Set([
        'TRTP',
        'CSID',
        'NAME',
        'MARF',
        'REMI',
        'EREF',
        'IBAN',
        'BIC',
        'ORDP',
        'BENM',
        'ID',
        'ADDR',
      ]);
      const out: string[] = [];
      for (let j = i + 1; j < parts.length && !keys.has(parts[j] ?? ''); j++) out.push(parts[j] ?? '');
      const v = out.join('/').trim();
      return v || undefined;
    };
    const eref = get('EREF');
    return {
      ...opt('name', get('NAME')),
      ...opt('iban', get('IBAN')),
      ...opt('remittance', get('REMI')),
      ...opt('endToEndId', eref === 'NOTPROVIDED' ? undefined : eref),
    };
  }
  if (/^SEPA /i.test(d)) {
    const labels = ['IBAN', 'BIC', 'Naam', 'Omschrijving', 'Kenmerk', 'Machtiging', 'Incassant'];
    const re = new RegExp(`(${labels.join('|')}):\\s*`, 'g');
    const found: Record<string, string> = {};
    const marks = [...d.matchAll(re)];
    marks.forEach((m, i) => {
      const start = (m.index ?? 0) + m[0].length;
      const end = marks[i + 1]?.index ?? d.length;
      found[m[1] ?? ''] = d.slice(start, end).trim();
    });
    const kenmerk = found['Kenmerk'];
    return {
      ...opt('name', found['Naam']),
      ...opt('iban', found['IBAN']),
      ...opt('remittance', [found['Omschrijving'], kenmerk].filter(Boolean).join(' ') || undefined),
      ...opt('endToEndId', kenmerk === 'NOTPROVIDED' ? undefined : kenmerk),
    };
  }
  return {};
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
