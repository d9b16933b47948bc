/**
 * Segments in the Instellingen table: `segment.<n>.naam` / `.name`, `segment.<n>.regel` / `.rule`
 * and the segment's own ladder as `segment.<n>.ladder.<m>.<field>` (the main ladder's fields, read
 * by settingsLadder.ts). Segments come in the order of n, which is the order rule's order (the
 * first whose rule holds wins). Every problem is located at its row, in the person's language: a
 * rule that cannot be read (the word and why), a name or rule missing, a name used twice, a ladder
 * that breaks the ladder's rules or the law's (settingsLadder LadderRows, the main ladder's check).
 * A segment keeps its rule as typed, readable or not, so writing the settings back never loses it.
 * Loaded only when the table has segment rows (settingsSegmentRows.loadSegmentReader): the rules'
 * reader stays out of the task pane's first download.
 */
import type { SegmentSetting } from '../domain/model';
import { parseRule, ruleProblemText, ruleReachesConsumers } from '../domain/segments';
import type { Cell } from './book';
import { parseText, type Why } from './cells';
import { LadderRows } from './settingsLadderRows';
import { NAME, provideSegmentReader, SEGMENT_KEY as KEY, type SegmentReader } from './settingsSegmentRows';

type Bad = (why: Why) => void;

interface Collected {
  name?: string;
  rule?: string;
  nameBad?: Bad;
  ruleBad?: Bad;
  firstBad: Bad;
  ladder: LadderRows;
  /** A row of its holds something (a save clears the rows of a segment removed in the pane). */
  typed: boolean;
}

const say = (code: string, nl: string, en: string): Why => ({ code, nl, en });

export class SegmentRows implements SegmentReader {
  private readonly byNumber = new Map<number, Collected>();

  mainLadder(): LadderRows {
    return new LadderRows('ladder', 'invalid-ladder');
  }

  /** Takes a segment row; false when the key is not one. */
  read(key: string, cell: Cell, bad: Bad): boolean {
    const m = KEY.exec(key.trim());
    if (!m) return false;
    const n = Number(m[1]);
    let s = this.byNumber.get(n);
    if (!s)
      this.byNumber.set(
        n,
        (s = {
          firstBad: bad,
          ladder: new LadderRows(`segment.${n}.ladder`, 'invalid-segment-ladder'),
          typed: false,
        }),
      );
    if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) s.typed = true;
    if (m[2]) {
      const p = parseText(cell);
      if (!p.ok) return (bad(p.why), true);
      const value = 'value' in p ? (typeof cell === 'string' ? cell.trim() : p.value) : undefined;
      if (NAME.has(m[2].toLowerCase())) [s.name, s.nameBad] = [value, bad];
      else [s.rule, s.ruleBad] = [value, bad];
      return true;
    }
    s.ladder.read(Number(m[3]), m[4] ?? '', cell, key.trim(), bad);
    return true;
  }

  /** The segments in the order of their number, each problem sent to its row. */
  finish(): SegmentSetting[] {
    const out: SegmentSetting[] = [];
    const names = new Set<string>();
    for (const [n, s] of [...this.byNumber].sort((a, b) => a[0] - b[0])) {
      if (!s.typed) continue;
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
      // An incomplete ladder is named at its step; the segment then keeps the main ladder.
      const ladder = s.ladder.finish(parsed.ok ? ruleReachesConsumers(parsed.rule) : undefined);
      if (ladder) segment.ladder = ladder;
    }
    return out;
  }
}

provideSegmentReader(() => new SegmentRows());
