/**
 * A ladder's rows checked as they are read: every step complete, each missing field named at its
 * step, and the ladder's and the law's order (checkLadder). Loaded with the segments' reader
 * (settingsSegmentRows.loadSegmentReader) when Instellingen has ladder or segment rows, so the
 * task pane's first download does not carry it.
 */
import { DomainError } from '../domain/errors';
import { checkLadder } from '../domain/ladder/steps';
import { dunningStepSchema, type DunningStep } from '../domain/model';
import type { Cell } from './book';
import type { Why } from './cells';
import { readLadderCell } from './settingsLadder';
import type { LadderCollector } from './settingsSegmentRows';

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
export class LadderRows implements LadderCollector {
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
