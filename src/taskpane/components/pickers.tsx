/** Native-select pickers (light, keyboard-friendly, fit a narrow pane) for a customer or an invoice. */
import { Field, makeStyles, Select } from '@fluentui/react-components';
import type { InvoiceRow } from '../data/derive';
import type { Customer } from '../../domain/model';
import { useT } from '../i18n';

/**
 * A native select is as wide as its longest option ("2025-0201 · Kaashandel De Goudse · € 211,75"),
 * and as a grid/flex item it will not shrink below that: wider than a 320–450 px pane. These let it
 * take the pane's width and cut the closed select's text with an ellipsis (the open list shows
 * every option in full).
 */
export const useFitSelect = makeStyles({
  field: { minWidth: 0 },
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

export function CustomerPicker(props: {
  customers: readonly Customer[];
  value: string;
  onChange(v: string): void;
  error?: string;
  label?: string;
}) {
  const { t } = useT();
  const fit = useFitSelect();
  return (
    <Field
      label={props.label ?? t.common.customer}
      required
      validationMessage={props.error}
      className={fit.field}
    >
      <Select
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        className={fit.root}
        select={{ className: fit.select }}
      >
        <option value="">{t.common.chooseCustomer}</option>
        {props.customers.map((c) => (
          <option key={c.number} value={c.number}>
            {c.name} ({c.number})
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function InvoicePicker(props: {
  rows: readonly InvoiceRow[];
  value: string;
  onChange(v: string): void;
  error?: string;
}) {
  const { t, f } = useT();
  const fit = useFitSelect();
  return (
    <Field label={t.common.invoice} required validationMessage={props.error} className={fit.field}>
      <Select
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        className={fit.root}
        select={{ className: fit.select }}
      >
        <option value="">{t.common.chooseInvoice}</option>
        {props.rows.map((r) => (
          <option key={r.invoice.number} value={r.invoice.number}>
            {r.invoice.number} · {r.customer?.name ?? r.invoice.customerNumber} ·{' '}
            {f.money(r.status?.open ?? r.invoice.amountInclVat)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
