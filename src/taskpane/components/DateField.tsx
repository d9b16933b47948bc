/**
 * A date field that reads dd-mm-jjjj whatever the browser's language. <input type="date"> shows
 * the date in the order of the browser's (or Office's) UI locale, not the page's lang: 11/22/2026
 * in a Dutch pane. A text field parsed like a typed cell in the workbook is the same everywhere;
 * the hint writes the understood date out ("zondag 22 november 2026"), so a slip (02-11 for
 * 11-02) shows before saving, and screen readers hear it through the field's description.
 */
import { Field, Input, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { IsoDate } from '../../domain/dates';
import type { Language } from '../../domain/model';
import { useT } from '../i18n';
import { dateFromText } from '../views/forms';

const LONG: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** "zondag 22 november 2026" / "Sunday 22 November 2026". */
function longDate(date: IsoDate, language: Language): string {
  return LONG[language].format(
    new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))),
  );
}

/**
 * An input is as wide as its size attribute (20 characters) and, in a grid or flex cell, will not
 * shrink below that: too wide for two fields side by side in a 320 px pane. These let it.
 */
export const useShrinkable = makeStyles({
  field: { minWidth: 0 },
  root: { minWidth: 0, width: '100%' },
  input: { minWidth: 0, width: '100%' },
});

export interface DateFieldProps {
  label: string;
  /** The text as typed (dd-mm-jjjj). */
  value: string;
  onChange(text: string): void;
  required?: boolean;
  error?: string;
  className?: string;
}

export function DateField({ label, value, onChange, required, error, className }: DateFieldProps) {
  const { f } = useT();
  const shrink = useShrinkable();
  const parsed = dateFromText(value);
  const format = f.language === 'nl' ? 'dd-mm-jjjj' : 'dd-mm-yyyy';
  const hint = parsed ? longDate(parsed, f.language) : format;
  return (
    <Field
      label={label}
      required={required}
      validationMessage={error}
      hint={error ? undefined : hint}
      className={mergeClasses(shrink.field, className)}
    >
      <Input
        value={value}
        onChange={(_, d) => onChange(d.value)}
        placeholder={format}
        autoComplete="off"
        className={shrink.root}
        input={{ className: shrink.input }}
      />
    </Field>
  );
}
