/** Native-select pickers (light, keyboard-friendly, fit a narrow pane) for a customer or an invoice. */
import { Field, Select } from '@fluentui/react-components';
import type { InvoiceRow } from '../data/derive';
import type { Customer } from '../../domain/model';
import { useT } from '../i18n';

export function CustomerPicker(props: { customers: readonly Customer[]; value: string; onChange(v: string): void; error?: string; label?: string }) {
  const { t } = useT();
  return (
    <Field label={props.label ?? t.common.customer} required validationMessage={props.error}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value)}>
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

export function InvoicePicker(props: { rows: readonly InvoiceRow[]; value: string; onChange(v: string): void; error?: string }) {
  const { t, f } = useT();
  return (
    <Field label={t.common.invoice} required validationMessage={props.error}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        <option value="">{t.common.chooseInvoice}</option>
        {props.rows.map((r) => (
          <option key={r.invoice.number} value={r.invoice.number}>
            {r.invoice.number} · {r.customer?.name ?? r.invoice.customerNumber} · {f.money(r.status?.open ?? r.invoice.amountInclVat)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
