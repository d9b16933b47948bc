/**
 * Instellingen: the person's own statutory interest rates (settings.extraInterestRates), the rows
 * rate.N.kind/from/percent/source in the Instellingen sheet that the CLI reads too. Today says to
 * come here when the built-in table is past its last half-year. Each field says what is wrong with
 * it; nothing is saved until all four are right.
 */
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { IsoDate } from '../../domain/dates';
import type { InterestRate } from '../../domain/model';
import { useT } from '../i18n';
import { SETTINGS_RATES_TEXT } from '../i18n/settingsRates';
import { DateField } from '../components/DateField';
import { useLayout } from '../components/layout';
import { dateFromText, type FieldErrors } from './forms';

type RateKey = 'from' | 'percent' | 'source';
type Kind = InterestRate['kind'];

/** "10,15", "10.15", "10,15 %" -> 10.15; undefined unless 0..100 with at most 4 decimals (what the interest code takes). */
export function percentFromText(text: string): number | undefined {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 100 ? n : undefined;
}

export interface RateEditorProps {
  rates: readonly InterestRate[];
  /** The built-in table's last day, shown so the person knows from when a rate is missing. */
  knownUntil: IsoDate;
  busy: boolean;
  /** Saves the settings with this list of the person's rates. */
  onSave(rates: InterestRate[]): void;
}

export function RateEditor({ rates, knownUntil, busy, onSave }: RateEditorProps) {
  const { f } = useT();
  const l = useLayout();
  const r = SETTINGS_RATES_TEXT[f.language].rates;
  const [kind, setKind] = useState<Kind>('commercial');
  const [from, setFrom] = useState('');
  const [percent, setPercent] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<FieldErrors<RateKey>>({});

  const add = () => {
    const errs: FieldErrors<RateKey> = {};
    const day = dateFromText(from);
    if (!day) errs.from = r.fromInvalid;
    else if (rates.some((x) => x.kind === kind && x.from === day)) errs.from = r.duplicate;
    const pct = percentFromText(percent);
    if (pct === undefined) errs.percent = r.percentInvalid;
    if (source.trim() === '') errs.source = r.sourceMissing;
    setErrors(errs);
    if (!day || pct === undefined || Object.keys(errs).length > 0) return;
    const next = [...rates, { kind, from: day, percent: pct, source: source.trim() }].sort((a, b) =>
      a.from === b.from ? a.kind.localeCompare(b.kind) : a.from < b.from ? -1 : 1,
    );
    onSave(next);
  };

  // The percent as typed in the law (10,15%), not rounded as the overview's shares are.
  const pct = (p: number) => `${f.language === 'nl' ? String(p).replace('.', ',') : String(p)}%`;
  const label = (x: InterestRate) => r.line(r.kinds[x.kind], f.date(x.from), pct(x.percent));

  return (
    <fieldset className={l.form} style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}>
      <legend className={l.strong}>{r.title}</legend>
      <p className={l.muted}>{r.intro(f.date(knownUntil))}</p>
      {rates.length === 0 ? (
        <p className={l.muted}>{r.none}</p>
      ) : (
        <ul className={l.list} aria-label={r.title}>
          {rates.map((x, i) => (
            <li key={`${x.kind} ${x.from}`} className={l.item}>
              <div className={l.between}>
                <span>{label(x)}</span>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={r.remove(label(x))}
                  onClick={() => onSave(rates.filter((_, j) => j !== i))}
                >
                  {r.removeShort}
                </Button>
              </div>
              <div className={l.muted}>{x.source}</div>
            </li>
          ))}
        </ul>
      )}
      <Field label={r.kind}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as Kind)}>
          {(['commercial', 'consumer', 'be-commercial'] as const).map((k) => (
            <option key={k} value={k}>
              {r.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={l.row}>
        <DateField label={r.from} value={from} onChange={setFrom} error={errors.from} className={l.grow} />
        <Field label={r.percent} validationMessage={errors.percent} className={l.grow}>
          <Input inputMode="decimal" value={percent} onChange={(_, d) => setPercent(d.value)} />
        </Field>
      </div>
      <Field
        label={r.source}
        hint={errors.source ? undefined : r.sourceHint}
        validationMessage={errors.source}
      >
        <Input value={source} onChange={(_, d) => setSource(d.value)} />
      </Field>
      <div>
        <Button disabled={busy} onClick={add}>
          {r.add}
        </Button>
      </div>
    </fieldset>
  );
}
