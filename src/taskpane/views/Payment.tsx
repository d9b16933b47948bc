import { Button, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { paymentSchema } from '../../domain/model';
import { useStore, useWrite } from '../data/store';
import { loadCatalogue, useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { InvoicePicker } from '../components/pickers';
import { DateField } from '../components/DateField';
import { amountFromText, centsToText, dateFromText, dateToText, type FieldErrors } from './forms';
import { receivableRows } from './common';
import { ZERO_CENTS } from '../../domain/money';

type Key = 'invoice' | 'date' | 'amount';
const METHODS = ['bank', 'cash', 'card', 'other'] as const;
type Method = (typeof METHODS)[number];

export function PaymentView() {
  const { t, f } = useT();
  const { derived, ledger, today } = useStore();
  const { route } = useNav();
  const l = useLayout();
  const write = useWrite();
  const rows = receivableRows(derived);
  const [invoiceNumber, setInvoiceNumber] = useState(route.invoiceNumber ?? '');
  const row = derived?.rowByNumber.get(invoiceNumber);
  const open = row?.status?.open ?? ZERO_CENTS;
  const [amount, setAmount] = useState(() => (open > 0 ? centsToText(open, f.language) : ''));
  const [date, setDate] = useState(() => dateToText(today));
  const [method, setMethod] = useState<Method>('bank');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Key>>({});

  const pick = (n: string) => {
    setInvoiceNumber(n);
    const o = derived?.rowByNumber.get(n)?.status?.open ?? ZERO_CENTS;
    setAmount(o > 0 ? centsToText(o, f.language) : '');
  };
  const cents = amountFromText(amount);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldErrors<Key> = {};
    if (!row) errs.invoice = t.common.requiredField;
    const iso = dateFromText(date);
    if (!iso) errs.date = t.common.badDate;
    if (cents === undefined) errs.amount = t.newInvoice.badAmount;
    else if (cents <= 0) errs.amount = t.common.badAmountPositive;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !row || !iso || cents === undefined) return;
    const ok = await write.run(
      async (ops, book) => {
        // In the workbook's language, whatever the pane's: one vocabulary per column. Loaded inside
        // the write so a failed download shows as a failed save, never as a click that did nothing.
        const words = (await loadCatalogue(ledger?.settings.language ?? f.language)).payment.methodWords;
        const payment = paymentSchema.parse({
          date: iso,
          invoiceNumber,
          customerNumber: row.invoice.customerNumber,
          amount: cents,
          method: words[method],
          reference: reference.trim() || undefined,
        });
        await ops.appendPayment(book, payment);
      },
      t.payment.savedAs(f.money(cents), invoiceNumber),
    );
    if (ok) setReference('');
  };

  if (rows.length === 0 && !row) {
    return (
      <div className={l.stack}>
        <ViewHeading>{t.views.payment}</ViewHeading>
        <p>{t.payment.noOpen}</p>
        <WriteStatus state={write.state} />
      </div>
    );
  }
  return (
    <form className={l.form} onSubmit={submit} noValidate>
      <ViewHeading>{t.views.payment}</ViewHeading>
      <InvoicePicker
        rows={row && !rows.includes(row) ? [row, ...rows] : rows}
        value={invoiceNumber}
        onChange={pick}
        error={errors.invoice}
      />
      {row && <p className={l.muted}>{t.payment.openNow(f.money(open))}</p>}
      <div className={l.row}>
        <Field label={t.payment.amount} required validationMessage={errors.amount} className={l.grow}>
          <Input
            inputMode="decimal"
            value={amount}
            onChange={(_, d) => setAmount(d.value)}
            contentBefore="€"
          />
        </Field>
        <DateField
          label={t.common.date}
          required
          value={date}
          onChange={setDate}
          error={errors.date}
          className={l.grow}
        />
      </div>
      {cents !== undefined && row && cents > open && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.payment.overpay}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.payment.method}>
        <Select value={method} onChange={(_, d) => setMethod(d.value as Method)}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t.payment.methods[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={`${t.payment.reference} ${t.common.optional}`}>
        <Input value={reference} onChange={(_, d) => setReference(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={write.busy}>
          {t.payment.submit}
        </Button>
      </div>
      <WriteStatus state={write.state} />
    </form>
  );
}
