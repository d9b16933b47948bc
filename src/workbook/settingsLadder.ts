/**
 * A ladder in the Instellingen table as `<prefix>.<n>.<field>` rows: the main ladder under
 * `ladder`, a segment's under `segment.<n>.ladder` (settingsSegments.ts). One reader and one writer
 * for both, so a segment's step reads exactly like a main ladder's.
 */
import { DomainError } from '../domain/errors';
import { checkLadder } from '../domain/ladder/steps';
import { dunningStepSchema, type DunningStep, type Language, type StepChannel } from '../domain/model';
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

type Bad = (why: Why) => void;

const say = (code: string, nl: string, en: string): Why => ({ code, nl, en });

/**
 * The code of a problem with the order of a complete ladder: the ladder is kept as typed (so
 * writing the settings back loses nothing), unlike a step left incomplete.
 */
export const LADDER_ORDER = 'ladder-order';

/**
 * The ladder's and the law's problems (checkLadder's DomainError) in both languages, at the
 * 1-based `step` (the core says them in English).
 */
export function ladderWhy(error: DomainError, step: number): Why {
  const code = LADDER_ORDER;
  const m = error.message;
  if (m.includes('two reminders'))
    return say(
      code,
      `stap ${step}: vóór een aanmaning of incasso horen minstens twee herinneringen`,
      `step ${step}: a final notice or collection needs at least two reminders before it`,
    );
  if (m.includes('fourteen-day letter'))
    return say(
      code,
      `stap ${step}: vóór incasso hoort de veertiendagenbrief (een stap "final") aan een consument`,
      `step ${step}: collection needs the consumer's fourteen-day letter (a "final" step) before it`,
    );
  if (error.code === 'duplicate')
    return say(code, `stap ${step}: deze id komt twee keer voor`, `step ${step}: this id occurs twice`);
  return say(code, `stap ${step}: ${m}`, `step ${step}: ${m}`);
}

/**
 * One ladder's rows as they are read, `<prefix>.<n>.<field>` in any order: the main ladder's and
 * each segment's. Every problem goes to the row it is about: a field that cannot be read to its
 * own row, a field missing to its step's first row, the ladder's and the law's problems
 * (checkLadder) to the step they name.
 */
export class LadderRows {
  private readonly steps = new Map<
    number,
    { fields: Record<string, unknown>; bad: Map<string, Bad>; firstBad: Bad; typed: boolean }
  >();

  constructor(
    private readonly prefix: string,
    private readonly code: string,
  ) {}

  /** Whether any of its rows holds something: rows a save cleared do not make a ladder. */
  get typed(): boolean {
    return [...this.steps.values()].some((st) => st.typed);
  }

  /** Takes the row of step `n`'s `field`. */
  read(n: number, field: string, cell: Cell, key: string, bad: Bad): void {
    let step = this.steps.get(n);
    if (!step) this.steps.set(n, (step = { fields: {}, bad: new Map(), firstBad: bad, typed: false }));
    if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) step.typed = true;
    const read = readLadderCell(field, cell, key);
    if (!read.ok) return bad(read.why);
    step.bad.set(read.field, bad);
    if ('value' in read) step.fields[read.field] = read.value;
  }

  /**
   * The ladder in the order of the step numbers (steps whose rows are all blank left out: a save
   * clears the rows of steps a ladder no longer has), or undefined when it has none or a step is
   * incomplete (each missing or invalid field named at its step). A complete ladder that breaks
   * the ladder's or the law's order is returned as typed, its problem named at the step.
   * `consumers`: whether a consumer can be on it (checkLadder); undefined when that cannot be told
   * (a segment whose rule cannot be read), and then the order is not checked.
   */
  finish(consumers?: boolean): DunningStep[] | undefined {
    const steps = [...this.steps].filter(([, st]) => st.typed).sort((a, b) => a[0] - b[0]);
    if (steps.length === 0) return undefined;
    const complete = steps.every(([m, st]) => {
      const check = dunningStepSchema.safeParse(st.fields);
      if (check.success) return true;
      const field = String(check.error.issues[0]?.path[0] ?? 'id');
      const key = `${this.prefix}.${m}.${field}`;
      (st.bad.get(field) ?? st.firstBad)(
        say(
          this.code,
          `stap ${m}: ${field} ontbreekt of is ongeldig (${key})`,
          `step ${m}: ${field} is missing or invalid (${key})`,
        ),
      );
      return false;
    });
    if (!complete) return undefined;
    const ladder = steps.map(([, st]) => dunningStepSchema.parse(st.fields));
    if (consumers === undefined) return ladder;
    try {
      checkLadder(ladder, 'ladder', consumers);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const at = Number(/^ladder\[(\d+)\]/.exec(error.where.path ?? '')?.[1] ?? 0);
      const [m, st] = steps[at] ?? (steps[0] as (typeof steps)[number]);
      (st.bad.get('kind') ?? st.firstBad)(ladderWhy(error, m));
    }
    return ladder;
  }
}
