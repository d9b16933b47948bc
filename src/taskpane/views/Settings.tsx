import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { DEFAULT_LADDER } from '../../domain/dunning';
import { BUILT_IN_RATES_KNOWN_UNTIL } from '../../domain/legal/interestRates';
import {
  settingsSchema,
  type DunningStep,
  type InterestRate,
  type Language,
  type SegmentSetting,
  type Settings,
  type Tone,
} from '../../domain/model';
import { nothingSavedText, SettingsRefused } from '../../workbook/settingsRefusal';
import { useStore, useWrite, type WriteState } from '../data/store';
import { useT } from '../i18n';
import { LETTER_TEXT } from '../i18n/letters';
import { SETTINGS_RATES_TEXT } from '../i18n/settingsRates';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { useShrinkable } from '../components/DateField';
import { daysFromText, type FieldErrors } from './forms';
import { stepLabel } from './common';
import { RateEditor } from './RateEditor';
import { LetterheadFields } from '../components/LetterheadFields';
import { SegmentEditor } from './SegmentEditor';

type Key = 'iban' | 'businessTerm' | 'consumerTerm' | 'ladder';
type StepKey = 'afterDays' | 'newTermDays';

// One ladder step: its name on a line of its own, its two numbers side by side (a flex row wrapped
// differently per step in a 350 px pane).
const useStyles = makeStyles({
  step: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  stepName: { gridColumn: '1 / -1', fontWeight: tokens.fontWeightSemibold },
});

export function SettingsView() {
  const { ledger } = useStore();
  // The write lives here so its result survives the form's remount after the re-read.
  const write = useWrite();
  // Keyed on the stored settings: after a save (and re-read) the form shows what the workbook holds.
  return ledger ? (
    <SettingsForm key={JSON.stringify(ledger.settings)} initial={ledger.settings} write={write} />
  ) : null;
}

function SettingsForm({ initial, write }: { initial: Settings; write: ReturnType<typeof useWrite> }) {
  const { t, f } = useT();
  const { derived } = useStore();
  const l = useLayout();
  const own = useStyles();
  const shrink = useShrinkable();
  const [s, setS] = useState<Settings>(initial);
  const [iban, setIban] = useState(initial.companyIban);
  const [businessTerm, setBusinessTerm] = useState(
    initial.businessTermDays === undefined ? '' : String(initial.businessTermDays),
  );
  const [consumerTerm, setConsumerTerm] = useState(String(initial.consumerTermDays));
  const [ladder, setLadder] = useState<{ afterDays: string; newTermDays: string }[]>(() =>
    (initial.ladder && initial.ladder.length > 0 ? initial.ladder : DEFAULT_LADDER).map((st) => ({
      afterDays: String(st.afterDays),
      newTermDays: String(st.newTermDays),
    })),
  );
  const steps: readonly DunningStep[] =
    initial.ladder && initial.ladder.length > 0 ? initial.ladder : DEFAULT_LADDER;
  const [rates, setRates] = useState<InterestRate[]>(initial.extraInterestRates);
  const [segments, setSegments] = useState<SegmentSetting[]>(initial.segments ?? []);
  const [errors, setErrors] = useState<FieldErrors<Key>>({});
  // Per step and field ("1.afterDays"): a step left incomplete is named where it is, never saved.
  const [stepErrors, setStepErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setS((x) => ({ ...x, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save(rates, segments);
  };

  // One save for the whole form: a rate added below is written with the other fields, all checked.
  const save = async (extraInterestRates: InterestRate[], segmentList: SegmentSetting[]) => {
    setRates(extraInterestRates);
    setSegments(segmentList);
    const errs: FieldErrors<Key> = {};
    const electronic = electronicFormatIBAN(iban) ?? '';
    if (electronic !== '' && !isValidIBAN(electronic)) errs.iban = t.settings.ibanInvalid;
    const bt = daysFromText(businessTerm);
    if (bt === 'bad') errs.businessTerm = t.settings.termInvalid;
    const ct = daysFromText(consumerTerm);
    if (ct === 'bad' || ct === undefined) errs.consumerTerm = t.settings.termInvalid;
    const stepErrs: Record<string, string> = {};
    const newLadder = steps.map((st, i) => {
      const days = (key: StepKey): number => {
        const d = daysFromText(ladder[i]?.[key] ?? '');
        if (typeof d === 'number') return d;
        stepErrs[`${i}.${key}`] =
          `${t.settings.ladderStep(i + 1)}, ${t.settings[key]}: ${t.settings.termInvalid}`;
        return st[key];
      };
      return { ...st, afterDays: days('afterDays'), newTermDays: days('newTermDays') };
    });
    const firstStepError = Object.values(stepErrs)[0];
    if (firstStepError !== undefined) errs.ladder = firstStepError;
    setErrors(errs);
    setStepErrors(stepErrs);
    if (Object.keys(errs).length > 0) return;
    const parsed = settingsSchema.safeParse({
      ...s,
      companyIban: electronic === '' ? '' : (friendlyFormatIBAN(electronic) ?? electronic),
      businessTermDays: bt === 'bad' ? undefined : bt,
      consumerTermDays: ct,
      ladder: newLadder,
      extraInterestRates,
      segments: segmentList.length > 0 ? segmentList : undefined,
    });
    if (!parsed.success) {
      setErrors({ ladder: parsed.error.issues[0]?.message });
      return;
    }
    const settings = parsed.data;
    await write.run(
      (ops, book) => ops.saveSettings(book, settings),
      (m) => m.common.saved,
    );
  };

  return (
    <form className={l.form} onSubmit={submit} noValidate>
      <ViewHeading>{t.views.settings}</ViewHeading>
      <p className={l.muted}>{t.settings.storedIn}</p>
      <Field label={t.settings.company}>
        <Input value={s.companyName} onChange={(_, d) => set('companyName', d.value)} />
      </Field>
      <Field label={t.settings.sender}>
        <Input value={s.senderName ?? ''} onChange={(_, d) => set('senderName', d.value || undefined)} />
      </Field>
      <Field label={t.settings.iban} validationMessage={errors.iban}>
        <Input value={iban} onChange={(_, d) => setIban(d.value)} />
      </Field>
      <div className={l.row}>
        <Field label={t.settings.email} className={l.grow}>
          <Input
            type="email"
            value={s.companyEmail ?? ''}
            onChange={(_, d) => set('companyEmail', d.value || undefined)}
          />
        </Field>
        <Field label={t.settings.phone} className={l.grow}>
          <Input
            type="tel"
            value={s.companyPhone ?? ''}
            onChange={(_, d) => set('companyPhone', d.value || undefined)}
          />
        </Field>
      </div>
      <LetterheadFields settings={s} set={set} />
      <Field label={t.settings.country}>
        <Select value={s.country} onChange={(_, d) => set('country', d.value as Settings['country'])}>
          {(['NL', 'BE'] as const).map((c) => (
            <option key={c} value={c}>
              {t.settings.countries[c]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={l.row}>
        <Field
          label={t.settings.businessTerm}
          hint={t.settings.businessTermHint}
          validationMessage={errors.businessTerm}
          className={l.grow}
        >
          <Input inputMode="numeric" value={businessTerm} onChange={(_, d) => setBusinessTerm(d.value)} />
        </Field>
        <Field label={t.settings.consumerTerm} validationMessage={errors.consumerTerm} className={l.grow}>
          <Input inputMode="numeric" value={consumerTerm} onChange={(_, d) => setConsumerTerm(d.value)} />
        </Field>
      </div>
      <Switch
        label={SETTINGS_RATES_TEXT[f.language].termsAgreed}
        checked={s.businessTermsExpresslyAgreed !== false}
        onChange={(_, d) => set('businessTermsExpresslyAgreed', d.checked)}
      />
      <p className={l.muted}>{SETTINGS_RATES_TEXT[f.language].termsAgreedHint}</p>
      <div className={l.row}>
        <Field label={t.settings.tone} className={l.grow}>
          <Select value={s.tone} onChange={(_, d) => set('tone', d.value as Tone)}>
            {(['formal', 'informal'] as const).map((x) => (
              <option key={x} value={x}>
                {t.settings.tones[x]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.settings.language} className={l.grow}>
          <Select value={s.language} onChange={(_, d) => set('language', d.value as Language)}>
            {(['nl', 'en'] as const).map((x) => (
              <option key={x} value={x}>
                {t.settings.languages[x]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t.settings.uiLanguage}>
        <Select
          value={s.uiLanguage ?? ''}
          onChange={(_, d) => set('uiLanguage', d.value === '' ? undefined : (d.value as Language))}
        >
          <option value="">{t.settings.uiLanguageAuto}</option>
          {(['nl', 'en'] as const).map((x) => (
            <option key={x} value={x}>
              {t.settings.languages[x]}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={l.form} style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend className={l.strong}>{t.settings.ladder}</legend>
        {steps.map((st, i) => (
          <div key={st.id} className={own.step}>
            <span className={own.stepName}>
              {i + 1}. {stepLabel(st, t)}
            </span>
            {(['afterDays', 'newTermDays'] as const).map((key) => (
              <Field
                key={key}
                label={`${t.settings[key]} (${t.settings.ladderStep(i + 1)})`}
                validationMessage={stepErrors[`${i}.${key}`]}
                className={shrink.field}
              >
                <Input
                  className={shrink.root}
                  input={{ className: shrink.input }}
                  inputMode="numeric"
                  size="small"
                  value={ladder[i]?.[key] ?? ''}
                  onChange={(_, d) =>
                    setLadder((ls) => ls.map((x, j) => (j === i ? { ...x, [key]: d.value } : x)))
                  }
                />
              </Field>
            ))}
          </div>
        ))}
        {errors.ladder && <span role="alert">{errors.ladder}</span>}
      </fieldset>
      <Switch
        label={t.settings.plans}
        checked={s.allowPaymentPlans}
        onChange={(_, d) => set('allowPaymentPlans', d.checked)}
      />
      <Switch
        label={t.settings.interest}
        checked={s.chargeInterest}
        onChange={(_, d) => set('chargeInterest', d.checked)}
      />
      <Switch
        label={t.settings.costs}
        checked={s.chargeCollectionCosts}
        onChange={(_, d) => set('chargeCollectionCosts', d.checked)}
      />
      <Switch
        label={t.settings.costsVat}
        checked={s.collectionCostsVat}
        disabled={!s.chargeCollectionCosts}
        onChange={(_, d) => set('collectionCostsVat', d.checked)}
      />
      <Switch
        label={LETTER_TEXT[f.language].thanksSetting}
        checked={s.thankYouNotes}
        onChange={(_, d) => set('thankYouNotes', d.checked)}
      />
      <RateEditor
        rates={rates}
        knownUntil={BUILT_IN_RATES_KNOWN_UNTIL}
        busy={write.busy}
        onSave={(next) => void save(next, segments)}
      />
      <SegmentEditor
        segments={segments}
        settings={initial}
        {...(derived ? { index: derived.index, today: derived.today } : {})}
        busy={write.busy}
        onSave={(next) => void save(rates, next)}
      />
      <div>
        <Button type="submit" appearance="primary" disabled={write.busy}>
          {t.settings.submit}
        </Button>
      </div>
      <SaveStatus state={write.state} />
    </form>
  );
}

/**
 * A refused save lists every row that stopped it in the pane's language (the workbook's may be the
 * other one), with the sheet and column as the workbook names them; any other result as usual.
 */
function SaveStatus({ state }: { state: WriteState }) {
  const { t, f } = useT();
  const l = useLayout();
  if (state.kind !== 'failed' || !(state.error instanceof SettingsRefused))
    return <WriteStatus state={state} />;
  const { problems } = state.error;
  const sheets = [...new Set(problems.map((p) => p.sheet))];
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.settings.notSaved}</MessageBarTitle>
        <ul className={l.list} aria-label={t.settings.notSaved}>
          {problems.map((p, i) => (
            <li key={i}>
              {t.settings.refusedAt(p.sheet, p.row, p.column?.header)}: {p.reason[f.language]}
            </li>
          ))}
        </ul>
        {sheets.map((sheet) => (
          <div key={sheet}>{nothingSavedText(sheet, f.language)}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
