/**
 * Segments in the Instellingen table: `segment.<n>.naam` / `.name`, `segment.<n>.regel` / `.rule`
 * and the segment's own ladder as `segment.<n>.ladder.<m>.<field>` (the main ladder's fields, read
 * by settingsLadder.ts). Segments come in the order of n, which is the order rule's order (the
 * first whose rule holds wins). Every problem is located at its row, in the person's language: a
 * rule that cannot be read (the word and why), a name or rule missing, a name used twice, a ladder
 * that breaks the main ladder's rules or the law's (domain/segments checkSegmentLadder).
 * A segment keeps its rule as typed, readable or not, so writing the settings back never loses it.
 * Loaded only when the table has segment rows (settingsSegmentRows.loadSegmentReader): the rules'
 * reader stays out of the task pane's first download.
 */
import { DomainError } from '../domain/errors';
import { dunningStepSchema, type SegmentSetting } from '../domain/model';
import { checkSegmentLadder, parseRule, ruleProblemText } from '../domain/segments';
import type { Cell } from './book';
import { parseText, type Why } from './cells';
import { readLadderCell } from './settingsLadder';
import { NAME, SEGMENT_KEY as KEY, type SegmentReader } from './settingsSegmentRows';

type Bad = (why: Why) => void;

interface Collected {
  name?: string;
  rule?: string;
  nameBad?: Bad;
  ruleBad?: Bad;
  firstBad: Bad;
  steps: Map<number, { fields: Record<string, unknown>; bad: Map<string, Bad>; firstBad: Bad }>;
}

const say = (code: string, nl: string, en: string): Why => ({ code, nl, en });

/** The law's and the ladder's problems in both languages (the core says them in English). */
function ladderWhy(error: DomainError, step: number): Why {
  const m = error.message;
  if (m.includes('two reminders'))
    return say(
      'invalid-segment-ladder',
      `stap ${step}: vóór een aanmaning of incasso horen minstens twee herinneringen`,
      `step ${step}: a final notice or collection needs at least two reminders before it`,
    );
  if (m.includes('fourteen-day letter'))
    return say(
      'invalid-segment-ladder',
      `stap ${step}: vóór incasso hoort de veertiendagenbrief (een stap "final") aan een consument`,
      `step ${step}: collection needs the consumer's fourteen-day letter (a "final" step) before it`,
    );
  if (error.code === 'duplicate')
    return say(
      'invalid-segment-ladder',
      `stap ${step}: deze id komt twee keer voor`,
      `step ${step}: this id occurs twice`,
    );
  return say('invalid-segment-ladder', `stap ${step}: ${m}`, `step ${step}: ${m}`);
}

export class SegmentRows implements SegmentReader {
  private readonly byNumber = new Map<number, Collected>();

  /** Takes a segment row; false when the key is not one. */
  read(key: string, cell: Cell, bad: Bad): boolean {
    const m = KEY.exec(key.trim());
    if (!m) return false;
    const n = Number(m[1]);
    let s = this.byNumber.get(n);
    if (!s) this.byNumber.set(n, (s = { firstBad: bad, steps: new Map() }));
    if (m[2]) {
      const p = parseText(cell);
      if (!p.ok) return (bad(p.why), true);
      const value = 'value' in p ? (typeof cell === 'string' ? cell.trim() : p.value) : undefined;
      if (NAME.has(m[2].toLowerCase())) [s.name, s.nameBad] = [value, bad];
      else [s.rule, s.ruleBad] = [value, bad];
      return true;
    }
    const number = Number(m[3]);
    let step = s.steps.get(number);
    if (!step) s.steps.set(number, (step = { fields: {}, bad: new Map(), firstBad: bad }));
    const read = readLadderCell(m[4] ?? '', cell, key.trim());
    if (!read.ok) return (bad(read.why), true);
    step.bad.set(read.field, bad);
    if ('value' in read) step.fields[read.field] = read.value;
    return true;
  }

  /** The segments in the order of their number, each problem sent to its row. */
  finish(): SegmentSetting[] {
    const out: SegmentSetting[] = [];
    const names = new Set<string>();
    for (const [n, s] of [...this.byNumber].sort((a, b) => a[0] - b[0])) {
      if (!s.name)
        (s.ruleBad ?? s.firstBad)(
          say(
            'missing-segment-name',
            `segment ${n} heeft geen naam (segment.${n}.naam)`,
            `segment ${n} has no name (segment.${n}.name)`,
          ),
        );
      if (s.rule === undefined) {
        (s.nameBad ?? s.firstBad)(
          say(
            'missing-segment-rule',
            `segment ${n} heeft geen regel (segment.${n}.regel)`,
            `segment ${n} has no rule (segment.${n}.rule)`,
          ),
        );
        continue;
      }
      const name = s.name ?? `Segment ${n}`;
      const key = name.toLocaleLowerCase('nl');
      if (names.has(key))
        (s.nameBad ?? s.firstBad)(
          say(
            'duplicate-segment',
            `de segmentnaam ${name} komt twee keer voor`,
            `the segment name ${name} occurs twice`,
          ),
        );
      names.add(key);
      const segment: SegmentSetting = { name, rule: s.rule };
      out.push(segment);
      const parsed = parseRule(s.rule);
      if (!parsed.ok) {
        const p = parsed.problem;
        (s.ruleBad ?? s.firstBad)(
          say('invalid-segment-rule', ruleProblemText(p, 'nl'), ruleProblemText(p, 'en')),
        );
      }
      const steps = [...s.steps].sort((a, b) => a[0] - b[0]);
      if (steps.length === 0) continue;
      // A step the schema refuses (a field missing) is named; the segment then keeps the main ladder.
      const complete = steps.every(([m, st]) => {
        const check = dunningStepSchema.safeParse(st.fields);
        if (check.success) return true;
        const field = String(check.error.issues[0]?.path[0] ?? 'id');
        (st.bad.get(field) ?? st.firstBad)(
          say(
            'invalid-segment-ladder',
            `stap ${m}: ${field} ontbreekt of is ongeldig (segment.${n}.ladder.${m}.${field})`,
            `step ${m}: ${field} is missing or invalid (segment.${n}.ladder.${m}.${field})`,
          ),
        );
        return false;
      });
      if (!complete) continue;
      const ladder = steps.map(([, st]) => dunningStepSchema.parse(st.fields));
      segment.ladder = ladder;
      if (!parsed.ok) continue;
      try {
        checkSegmentLadder(ladder, parsed.rule, 'ladder');
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const at = Number(/^ladder\[(\d+)\]/.exec(error.where.path ?? '')?.[1] ?? 0);
        const [m, st] = steps[at] ?? (steps[0] as (typeof steps)[number]);
        (st.bad.get('kind') ?? st.firstBad)(ladderWhy(error, m));
      }
    }
    return out;
  }
}
