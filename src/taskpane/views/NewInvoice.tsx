import { Button, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { invoiceSchema, type Invoice } from '../../domain/model';
import { vatFromExcl } from '../../domain/split';
import { resolveTerm } from '../../domain/terms';
import { creditExposure } from '../../domain/forecast/credit';
import { FORECAST_TEXT } from '../i18n/forecast';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { CustomerPicker } from '../components/pickers';
import { DateField } from '../components/DateField';
import { nextInvoiceNumber } from '../../workbook/operations/append';
import { amountFromText, dateFromText, dateToText, daysFromText, type FieldErrors } from './forms';
import { cents } from '../../domain/money';

type Key = 'customer' | 'number' | 'invoiceDate' | 'amount' | 'termDays';
const VAT_RATES = [21, 9, 0] as const;

/**
 * The invoices' numbers from the oldest to the most recent invoice: the workbook's
 * nextInvoiceNumber continues the series of the last one (and starts a new year's series), and
 * the rows' order in the sheet says nothing after a sort.
 */
function numbersByDate(invoices: readonly Pick<Invoice, 'number' | 'invoiceDate'>[]): string[] {
  return [...invoices]
    .sort((a, b) =>
      a.invoiceDate < b.invoiceDate
        ? -1
        : a.invoiceDate > b.invoiceDate
          ? 1
          : a.number.localeCompare(b.number, 'nl', { numeric: true }),
    )
    .map((i) => i.number);
}

export function NewInvoiceView() {
  const { t, f } = useT();
  const { ledger, today, derived } = useStore();
  const { route } = useNav();
  const l = useLayout();
  const write = useWrite();
  const customers = ledger?.customers ?? [];
  const byDate = useMemo(() => numbersByDate(ledger?.invoices ?? []), [ledger]);
  const [customer, setCustomer] = useState(route.customerNumber ?? '');
  const [invoiceDate, setInvoiceDate] = useState(() => dateToText(today));
  // Suggested from the invoice date until the person types a number of their own.
  const [typedNumber, setTypedNumber] = useState<string>();
  const [saved, setSaved] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [product, setProduct] = useState('');
  const [amount, setAmount] = useState('');
  const [vat, setVat] = useState<number>(21);
  const [termDays, setTermDays] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Key>>({});

  const excl = amountFromText(amount);
  const incl = excl === undefined ? undefined : vatFromExcl(excl, vat * 100).incl;
  const date = dateFromText(invoiceDate);
  const suggested = useMemo(
    () => nextInvoiceNumber([...byDate, ...saved], date ?? today),
    [byDate, saved, date, today],
  );
  const number = typedNumber ?? suggested;
  const days = daysFromText(termDays);
  const chosen = customers.find((c) => c.number === customer);
  const preview = useMemo(() => {
    if (!chosen || !date || days === 'bad' || !ledger) return undefined;
    try {
      const draft: Invoice = {
        number: number || '?',
        customerNumber: chosen.number,
        invoiceDate: date,
        amountExclVat: cents(0),
        amountInclVat: cents(0),
        paymentTermDays: days,
      };
      return resolveTerm(draft, chosen, ledger.settings);
    } catch {
      return undefined;
    }
  }, [chosen, date, days, ledger, number]);

  // Said before saving, never blocking: over the customer's credit limit, or overdue invoices open.
  const exposure = useMemo(() => {
    if (!chosen || !ledger || !derived) return undefined;
    try {
      return creditExposure(chosen, derived.index, ledger.settings, today, incl ?? cents(0));
    } catch {
      return undefined;
    }
  }, [chosen, ledger, derived, today, incl]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldErrors<Key> = {};
    if (!chosen) errs.customer = t.newInvoice.needCustomer;
    if (number.trim() === '') errs.number = t.common.requiredField;
    else if (byDate.includes(number.trim()) || saved.includes(number.trim()))
      errs.number = t.newInvoice.duplicate(number.trim());
    if (!date) errs.invoiceDate = t.common.badDate;
    if (excl === undefined) errs.amount = t.newInvoice.badAmount;
    else if (excl <= 0) errs.amount = t.common.badAmountPositive;
    if (days === 'bad') errs.termDays = t.newInvoice.badTerm;
    const candidate = {
      number: number.trim(),
      customerNumber: customer,
      invoiceDate: date ?? invoiceDate,
      description: description.trim() || undefined,
      product: product.trim() || undefined,
      amountExclVat: excl ?? Number.NaN,
      amountInclVat: incl ?? Number.NaN,
      paymentTermDays: days === 'bad' ? undefined : days,
      paymentReference: reference.trim() || undefined,
    };
    const parsed = invoiceSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        const key: Key | undefined =
          field === 'customerNumber'
            ? 'customer'
            : field === 'number'
              ? 'number'
              : field === 'invoiceDate'
                ? 'invoiceDate'
                : field === 'amountExclVat' || field === 'amountInclVat'
                  ? 'amount'
                  : field === 'paymentTermDays'
                    ? 'termDays'
                    : undefined;
        if (key && !errs[key]) errs[key] = key === 'amount' ? t.newInvoice.badAmount : issue.message;
      }
    }
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !parsed.success) {
      write.reset();
      return;
    }
    const invoice = parsed.data;
    const ok = await write.run(
      (ops, book) => ops.appendInvoice(book, invoice),
      t.newInvoice.savedAs(invoice.number),
    );
    if (ok) {
      // The next suggestion continues from this one, also before the workbook is read again.
      setSaved((x) => [...x, invoice.number]);
      setTypedNumber(undefined);
      setAmount('');
      setDescription('');
      setReference('');
    }
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className={l.form} onSubmit={submit} noValidate>
      <ViewHeading>{t.views.newInvoice}</ViewHeading>
      {hasErrors && (
        <MessageBar intent="error">
          <MessageBarBody>{t.common.fixFields}</MessageBarBody>
        </MessageBar>
      )}
      <CustomerPicker customers={customers} value={customer} onChange={setCustomer} error={errors.customer} />
      <div className={l.row}>
        <Field label={t.newInvoice.number} required validationMessage={errors.number} className={l.grow}>
          <Input value={number} onChange={(_, d) => setTypedNumber(d.value)} />
        </Field>
        <DateField
          label={t.common.invoiceDate}
          required
          value={invoiceDate}
          onChange={setInvoiceDate}
          error={errors.invoiceDate}
          className={l.grow}
        />
      </div>
      <Field label={t.newInvoice.description}>
        <Input value={description} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label={t.newInvoice.product}>
        <Input value={product} onChange={(_, d) => setProduct(d.value)} />
      </Field>
      <div className={l.row}>
        <Field label={t.newInvoice.amountExcl} required validationMessage={errors.amount} className={l.grow}>
          <Input
            inputMode="decimal"
            value={amount}
            onChange={(_, d) => setAmount(d.value)}
            contentBefore="€"
          />
        </Field>
        <Field label={t.newInvoice.vatRate}>
          <Select value={String(vat)} onChange={(_, d) => setVat(Number(d.value))}>
            {VAT_RATES.map((r) => (
              <option key={r} value={r}>
                {r}%
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p aria-live="polite">
        {t.newInvoice.amountIncl}: {incl === undefined ? t.common.none : f.money(incl)}
      </p>
      <div className={l.row}>
        <Field
          label={`${t.newInvoice.termDays} ${t.common.optional}`}
          validationMessage={errors.termDays}
          className={l.grow}
        >
          <Input inputMode="numeric" value={termDays} onChange={(_, d) => setTermDays(d.value)} />
        </Field>
        <Field label={`${t.newInvoice.reference} ${t.common.optional}`} className={l.grow}>
          <Input value={reference} onChange={(_, d) => setReference(d.value)} />
        </Field>
      </div>
      {preview && (
        <div role="status" aria-live="polite">
          <MessageBar intent="info">
            <MessageBarBody>
              <strong>{t.newInvoice.dueInfo(f.date(preview.dueDate))}</strong> (
              {t.newInvoice.source[preview.source]})
            </MessageBarBody>
          </MessageBar>
          {preview.warnings.map((w) => (
            <MessageBar key={w.code} intent="warning" layout="multiline">
              <MessageBarBody>{w.message[f.language]}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      {exposure && (exposure.overLimit || exposure.overdueCount > 0) && (
        <div role="status" aria-live="polite" data-credit-notice>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {exposure.overLimit &&
                exposure.limit !== null &&
                FORECAST_TEXT[f.language].creditOver(
                  f.money(exposure.limit),
                  f.money(exposure.openAfter),
                )}{' '}
              {exposure.overdueCount > 0 &&
                FORECAST_TEXT[f.language].overdueOpen(exposure.overdueCount, f.money(exposure.overdue))}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={write.busy}>
          {t.newInvoice.submit}
        </Button>
      </div>
      <WriteStatus state={write.state} />
    </form>
  );
}
