/**
 * A ladder in the Instellingen table as `<prefix>.<n>.<field>` rows: the main ladder under
 * `ladder`, a segment's under `segment.<n>.ladder` (settingsSegments.ts). One reader and one writer
 * for both, so a segment's step reads exactly like a main ladder's.
 */
import type { DunningStep, Language, StepChannel } from '../domain/model';
import type { Cell } from './book';
import { parseBool, parseChoice, parseInteger, parseText, type Parsed, type Why } from './cells';
import type { Choice } from './schema';

const LADDER_FIELDS = ['id', 'kind', 'afterDays', 'newTermDays', 'offerPaymentPlan', 'channel'] as const;
export type LadderField = (typeof LADDER_FIELDS)[number];

/** How a step is carried out, as people type it; Vandaag suggests it beside the customer. */
const STEP_CHANNELS: readonly (Choice & { value: StepChannel })[] = [
  { value: 'email', nl: 'E-mail', en: 'Email', synonyms: ['mail'] },
  { value: 'letter', nl: 'Brief', en: 'Letter', synonyms: ['post'] },
  { value: 'phone', nl: 'Bellen', en: 'Phone call', synonyms: ['telefoon', 'phone', 'call', 'bel'] },
  { value: 'whatsapp', nl: 'WhatsApp', en: 'WhatsApp' },
  { value: 'sms', nl: 'SMS', en: 'SMS', synonyms: ['text'] },
  {
    value: 'statement',
    nl: 'Rekeningoverzicht',
    en: 'Statement',
    synonyms: ['maandoverzicht', 'monthly statement', 'overzicht'],
  },
];

/** The step field a key names (any case), or undefined. */
export function ladderField(name: string): LadderField | undefined {
  return LADDER_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase());
}

/** One step field's cell: its value, blank, or why not (unknown field included). */
export function readLadderCell(
  field: string,
  cell: Cell,
  key: string,
): { ok: true; field: LadderField; value?: unknown } | { ok: false; why: Why } {
  const known = ladderField(field);
  if (!known)
    return {
      ok: false,
      why: {
        code: 'unknown-setting',
        nl: `onbekend onderdeel van een stap: ${key}`,
        en: `unknown step field: ${key}`,
      },
    };
  const p: Parsed<unknown> =
    known === 'afterDays' || known === 'newTermDays'
      ? parseInteger(cell)
      : known === 'offerPaymentPlan'
        ? parseBool(cell)
        : known === 'channel'
          ? parseChoice(cell, STEP_CHANNELS)
          : parseText(cell);
  if (!p.ok) return p;
  return 'value' in p ? { ok: true, field: known, value: p.value } : { ok: true, field: known };
}

/** The rows of a ladder under `prefix`, numbered from 1; fields a step does not have are left out. */
export function ladderRows(
  prefix: string,
  ladder: readonly DunningStep[],
  language: Language,
  help: (step: number) => string,
): { key: string; value: Cell; help: string }[] {
  const yes = language === 'en' ? 'Yes' : 'Ja';
  const no = language === 'en' ? 'No' : 'Nee';
  const rows: { key: string; value: Cell; help: string }[] = [];
  ladder.forEach((s, i) => {
    for (const f of LADDER_FIELDS) {
      const v = s[f];
      if (v === undefined) continue;
      const value: Cell =
        f === 'channel'
          ? (STEP_CHANNELS.find((c) => c.value === v)?.[language] ?? String(v))
          : typeof v === 'boolean'
            ? v
              ? yes
              : no
            : v;
      rows.push({ key: `${prefix}.${i + 1}.${f}`, value, help: help(i + 1) });
    }
  });
  return rows;
}
