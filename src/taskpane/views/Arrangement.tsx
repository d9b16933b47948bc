import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { addDays } from '../../domain/dates';
import { arrangementSchema } from '../../domain/model';
import { useStore, useWrite } from '../data/store';
import { splitInstalments } from '../data/derive';
import { useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { InvoicePicker } from '../components/pickers';
import { DateField, useShrinkable } from '../components/DateField';
import { amountFromText, centsToText, dateFromText, dateToText, type FieldErrors } from './forms';
import { receivableRows } from './common';
import { addCents, cents } from '../../domain/money';

interface Line {
  key: number;
  date: string;
  amount: string;
}

type Key = 'invoice' | 'agreedOn' | 'lines';

// An instalment on one line in a narrow pane: date, amount and a compact remove button, aligned at
// the top (the date's hint makes that field taller).
const useStyles = makeStyles({
  line: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  remove: { minWidth: 'auto', marginTop: '22px' },
});

export function ArrangementView() {
  const { t, f } = useT();
  const { derived, today } = useStore();
  const { route } = useNav();
  const l = useLayout();
  const own = useStyles();
  const shrink = useShrinkable();
  const write = useWrite();
  const rows = receivableRows(derived).filter(
    (r) => r.status?.kind !== 'in-arrangement' || r.invoice.number === route.invoiceNumber,
  );
  const [invoiceNumber, setInvoiceNumber] = useState(route.invoiceNumber ?? '');
  const row = derived?.rowByNumber.get(invoiceNumber);
  const open = row?.status?.open ?? cents(0);
  const [agreedOn, setAgreedOn] = useState(() => dateToText(today));
  const [count, setCount] = useState('3');
  const [firstDue, setFirstDue] = useState(() => dateToText(addDays(today, 14)));
  const [lines, setLines] = useState<Line[]>([]);
  const [lineErrors, setLineErrors] = useState<Record<number, { date?: string; amount?: string }>>({});
  const [errors, setErrors] = useState<FieldErrors<Key>>({});
  const [nextKey, setNextKey] = useState(1);

  const generate = () => {
    const n = Math.min(24, Math.max(1, Number.parseInt(count, 10) || 1));
    const first = dateFromText(firstDue) ?? addDays(today, 14);
    const split = splitInstalments(open, n, first, 1);
    setLines(
      split.map((s, i) => ({
        key: nextKey + i,
        date: dateToText(s.dueDate),
        amount: centsToText(s.amount, f.language),
      })),
    );
    setNextKey(nextKey + split.length);
    setLineErrors({});
  };
  const update = (key: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const add = () => {
    setLines((ls) => [...ls, { key: nextKey, date: '', amount: '' }]);
    setNextKey(nextKey + 1);
  };
  const remove = (key: number) => setLines((ls) => ls.filter((x) => x.key !== key));

  const parsedLines = lines.map((x) => ({
    key: x.key,
    dueDate: dateFromText(x.date),
    amount: amountFromText(x.amount),
  }));
  const total = parsedLines.reduce((s, x) => addCents(s, x.amount ?? cents(0)), cents(0));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldErrors<Key> = {};
    if (!row) errs.invoice = t.common.requiredField;
    const agreed = dateFromText(agreedOn);
    if (!agreed) errs.agreedOn = t.common.badDate;
    if (lines.length === 0) errs.lines = t.arrangement.needOne;
    const le: Record<number, { date?: string; amount?: string }> = {};
    for (const x of parsedLines) {
      const e2: { date?: string; amount?: string } = {};
      if (!x.dueDate) e2.date = t.common.badDate;
      if (x.amount === undefined || x.amount <= 0) e2.amount = t.common.badAmountPositive;
      if (e2.date || e2.amount) le[x.key] = e2;
    }
    setErrors(errs);
    setLineErrors(le);
    if (Object.keys(errs).length > 0 || Object.keys(le).length > 0) return;
    const parsed = arrangementSchema.safeParse({
      invoiceNumber,
      agreedOn: agreed,
      instalments: parsedLines.map((x) => ({ dueDate: x.dueDate, amount: x.amount })),
    });
    if (!parsed.success) {
      setErrors({ lines: parsed.error.issues[0]?.message });
      return;
    }
    const arrangement = parsed.data;
    await write.run(
      (ops, book) => ops.appendArrangement(book, arrangement),
      t.arrangement.savedAs(invoiceNumber),
    );
  };

  return (
    <form className={l.form} onSubmit={submit} noValidate>
      <ViewHeading>{t.views.arrangement}</ViewHeading>
      <p className={l.muted}>{t.arrangement.intro}</p>
      <InvoicePicker
        rows={row && !rows.includes(row) ? [row, ...rows] : rows}
        value={invoiceNumber}
        onChange={setInvoiceNumber}
        error={errors.invoice}
      />
      <DateField
        label={t.arrangement.agreedOn}
        required
        value={agreedOn}
        onChange={setAgreedOn}
        error={errors.agreedOn}
      />
      <div className={l.row}>
        <Field label={t.arrangement.count} className={l.grow}>
          <Input inputMode="numeric" value={count} onChange={(_, d) => setCount(d.value)} />
        </Field>
        <DateField
          label={t.arrangement.firstDue}
          value={firstDue}
          onChange={setFirstDue}
          className={l.grow}
        />
        <Button onClick={generate} disabled={!row}>
          {t.arrangement.generate}
        </Button>
      </div>
      <fieldset className={l.form} style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend className={l.strong}>{t.views.arrangement}</legend>
        {lines.map((x, i) => (
          <div key={x.key} className={own.line}>
            <DateField
              label={t.arrangement.instalmentDate(i + 1)}
              value={x.date}
              onChange={(v) => update(x.key, { date: v })}
              error={lineErrors[x.key]?.date}
            />
            <Field
              label={t.arrangement.instalmentAmount(i + 1)}
              validationMessage={lineErrors[x.key]?.amount}
              className={shrink.field}
            >
              <Input
                inputMode="decimal"
                value={x.amount}
                onChange={(_, d) => update(x.key, { amount: d.value })}
                contentBefore="€"
                className={shrink.root}
                input={{ className: shrink.input }}
              />
            </Field>
            <Button
              appearance="subtle"
              className={own.remove}
              aria-label={t.arrangement.remove(i + 1)}
              onClick={() => remove(x.key)}
            >
              ×
            </Button>
          </div>
        ))}
        {errors.lines && (
          <MessageBar intent="error">
            <MessageBarBody>{errors.lines}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button size="small" onClick={add}>
            {t.arrangement.add}
          </Button>
        </div>
      </fieldset>
      {lines.length > 0 && <p aria-live="polite">{t.arrangement.total(f.money(total), f.money(open))}</p>}
      {lines.length > 0 && row && total !== open && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.arrangement.mismatch}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={write.busy}>
          {t.arrangement.submit}
        </Button>
      </div>
      <WriteStatus state={write.state} />
    </form>
  );
}
