/**
 * Instellingen: the segments (settings.segments, rows segment.N.* in the Instellingen sheet): each
 * with its name, its rule as typed, how many customers it holds today and its ladder; add, edit
 * and remove. The rule is read as the person types, its problem shown with the failing word marked;
 * nothing is saved while a rule cannot be read. A segment's own ladder is edited in the sheet and
 * kept as it is here.
 */
import { Button, Field, Input } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { IsoDate } from '../../domain/dates';
import type { LedgerIndex } from '../../domain/ledger';
import type { SegmentSetting, Settings } from '../../domain/model';
import { parseRule, ruleProblemText, segmentAssigner, type RuleProblem } from '../../domain/segments';
import { useT } from '../i18n';
import { SEGMENT_EDITOR_TEXT } from '../i18n/segmentsEditor';
import { SEGMENT_TODAY_TEXT } from '../i18n/segments';
import { useLayout } from '../components/layout';
import { stepLabel } from './common';

export interface SegmentEditorProps {
  segments: readonly SegmentSetting[];
  settings: Settings;
  /** The ledger's index and today, to count each segment's customers; absent: no counts. */
  index?: LedgerIndex;
  today?: IsoDate;
  busy: boolean;
  /** Saves the settings with this list of segments. */
  onSave(segments: SegmentSetting[]): void;
}

/** How many customers each segment holds today (the first whose rule holds); unreadable rules hold none. */
function counts(
  segments: readonly SegmentSetting[],
  settings: Settings,
  index: LedgerIndex | undefined,
  today: IsoDate | undefined,
): Map<string, number> | undefined {
  if (!index || !today) return undefined;
  const readable = segments.filter((s) => parseRule(s.rule).ok).map((s) => ({ name: s.name, rule: s.rule }));
  const assign = segmentAssigner(index, { ...settings, segments: readable }, today);
  const out = new Map<string, number>(segments.map((s) => [s.name, 0]));
  for (const customer of index.customersByNumber.values()) {
    const name = assign(customer)?.name;
    if (name !== undefined) out.set(name, (out.get(name) ?? 0) + 1);
  }
  return out;
}

/** The rule with the word that failed marked, so the person sees where. */
function Marked({ text, problem }: { text: string; problem: RuleProblem }) {
  const end = problem.offset + Math.max(problem.word.length, 1);
  return (
    <span>
      {text.slice(0, problem.offset)}
      <mark>{text.slice(problem.offset, end) || '\u00a0'}</mark>
      {text.slice(end)}
    </span>
  );
}

export function SegmentEditor({ segments, settings, index, today, busy, onSave }: SegmentEditorProps) {
  const { t, f } = useT();
  const l = useLayout();
  const m = SEGMENT_EDITOR_TEXT[f.language];
  const channels = SEGMENT_TODAY_TEXT[f.language].channels;
  // The segment being edited (its position), or 'new'.
  const [editing, setEditing] = useState<number | 'new'>('new');
  const [name, setName] = useState('');
  const [rule, setRule] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [tried, setTried] = useState(false);
  const held = useMemo(() => counts(segments, settings, index, today), [segments, settings, index, today]);
  const read = rule.trim() === '' ? undefined : parseRule(rule);
  const problem = read && !read.ok ? read.problem : undefined;

  const reset = () => {
    setEditing('new');
    setName('');
    setRule('');
    setNameError(undefined);
    setTried(false);
  };
  const submit = () => {
    setTried(true);
    const n = name.trim();
    const taken = segments.some(
      (s, i) => i !== editing && s.name.toLocaleLowerCase('nl') === n.toLocaleLowerCase('nl'),
    );
    setNameError(n === '' ? m.nameMissing : taken ? m.nameTaken : undefined);
    const parsed = parseRule(rule);
    if (n === '' || taken || !parsed.ok) return;
    const next =
      editing === 'new'
        ? [...segments, { name: n, rule: rule.trim() }]
        : segments.map((s, i) => (i === editing ? { ...s, name: n, rule: rule.trim() } : s));
    onSave(next);
    reset();
  };
  const ruleMessage = problem
    ? `${m.unreadable}: ${ruleProblemText(problem, f.language)}`
    : tried && rule.trim() === ''
      ? ruleProblemText({ code: 'empty', word: '', offset: 0, expected: [] }, f.language)
      : undefined;

  return (
    <fieldset className={l.form} style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}>
      <legend className={l.strong}>{m.title}</legend>
      <p className={l.muted}>{m.intro}</p>
      {segments.length === 0 ? (
        <p className={l.muted}>{m.none}</p>
      ) : (
        <ol className={l.list} aria-label={m.title}>
          {segments.map((s, i) => (
            <li key={s.name} className={l.item}>
              <div className={l.between}>
                <span className={l.strong}>{s.name}</span>
                {held && <span>{m.customers(held.get(s.name) ?? 0)}</span>}
              </div>
              <div>{s.rule}</div>
              <div className={l.muted}>
                {s.ladder && s.ladder.length > 0
                  ? `${m.ownLadder}: ${s.ladder
                      .map(
                        (st, k) =>
                          `${k + 1}. ${stepLabel(st, t)}${st.channel ? ` (${channels[st.channel]})` : ''}`,
                      )
                      .join(', ')}`
                  : m.mainLadder}
              </div>
              <div className={l.row}>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={m.edit(s.name)}
                  onClick={() => {
                    setEditing(i);
                    setName(s.name);
                    setRule(s.rule);
                    setNameError(undefined);
                  }}
                >
                  {m.editShort}
                </Button>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={m.remove(s.name)}
                  onClick={() => {
                    onSave(segments.filter((_, j) => j !== i));
                    reset();
                  }}
                >
                  {m.removeShort}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Field label={m.name} validationMessage={nameError}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={m.rule} hint={ruleMessage ? undefined : m.ruleHint} validationMessage={ruleMessage}>
        <Input value={rule} onChange={(_, d) => setRule(d.value)} />
      </Field>
      {problem && (
        <div className={l.muted} aria-hidden="true">
          <Marked text={rule} problem={problem} />
        </div>
      )}
      <div className={l.row}>
        <Button disabled={busy || problem !== undefined} onClick={submit}>
          {editing === 'new' ? m.add : m.save}
        </Button>
        {editing !== 'new' && (
          <Button disabled={busy} onClick={reset}>
            {m.cancel}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
