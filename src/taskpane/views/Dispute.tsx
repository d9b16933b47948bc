import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { InvoicePicker } from '../components/pickers';
import { DateField } from '../components/DateField';
import { dateFromText, dateToText, type FieldErrors } from './forms';
import { receivableRows } from './common';

type Key = 'invoice' | 'since' | 'note' | 'resolved';

export function DisputeView() {
  const { t, f } = useT();
  const { derived, today } = useStore();
  const { route } = useNav();
  const l = useLayout();
  const write = useWrite();
  const rows = receivableRows(derived);
  const [invoiceNumber, setInvoiceNumber] = useState(route.invoiceNumber ?? '');
  const row = derived?.rowByNumber.get(invoiceNumber);
  const [since, setSince] = useState(() => dateToText(row?.invoice.disputedSince ?? today));
  const [note, setNote] = useState(row?.invoice.disputeNote ?? '');
  const [resolved, setResolved] = useState(() => dateToText(today));
  const [errors, setErrors] = useState<FieldErrors<Key>>({});
  const current = row?.status?.kind === 'disputed' ? row.invoice.disputedSince : undefined;

  const pick = (n: string) => {
    setInvoiceNumber(n);
    const inv = derived?.rowByNumber.get(n)?.invoice;
    setSince(dateToText(inv?.disputedSince ?? today));
    setNote(inv?.disputeNote ?? '');
    setResolved(dateToText(today));
  };

  const save = async (resolve: boolean) => {
    const errs: FieldErrors<Key> = {};
    if (!row) errs.invoice = t.common.requiredField;
    const sinceIso = dateFromText(since);
    if (!sinceIso) errs.since = t.common.badDate;
    const resolvedIso = resolve ? dateFromText(resolved) : undefined;
    if (resolve && !resolvedIso) errs.resolved = t.common.badDate;
    if (!resolve && note.trim() === '') errs.note = t.common.requiredField;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !sinceIso) return;
    await write.run(
      (ops, book) =>
        ops.setDispute(book, {
          invoiceNumber,
          disputedSince: sinceIso,
          disputeNote: note.trim() || undefined,
          disputeResolvedOn: resolvedIso,
        }),
      t.dispute.savedAs(invoiceNumber),
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  return (
    <form className={l.form} onSubmit={submit} noValidate>
      <ViewHeading>{t.views.dispute}</ViewHeading>
      <p className={l.muted}>{t.dispute.intro}</p>
      <InvoicePicker
        rows={row && !rows.includes(row) ? [row, ...rows] : rows}
        value={invoiceNumber}
        onChange={pick}
        error={errors.invoice}
      />
      {current && (
        <MessageBar intent="info">
          <MessageBarBody>{t.dispute.current(f.date(current))}</MessageBarBody>
        </MessageBar>
      )}
      <DateField label={t.dispute.since} required value={since} onChange={setSince} error={errors.since} />
      <Field label={t.dispute.note} required validationMessage={errors.note}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
      <div className={l.row}>
        <Button type="submit" appearance="primary" disabled={write.busy}>
          {t.dispute.submit}
        </Button>
      </div>
      {current && (
        <div className={l.row}>
          <DateField
            label={t.dispute.resolved}
            value={resolved}
            onChange={setResolved}
            error={errors.resolved}
            className={l.grow}
          />
          <Button disabled={write.busy} onClick={() => void save(true)}>
            {t.dispute.resolve}
          </Button>
        </div>
      )}
      <WriteStatus state={write.state} />
    </form>
  );
}
