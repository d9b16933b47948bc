import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import { useStore } from '../data/store';
import type { InvoiceRow } from '../data/derive';
import { useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { InvoiceNo } from '../components/InvoiceNo';
import { ViewHeading } from '../components/ViewHeading';
import { nextStepText, receivable } from './common';

type Filter = 'all' | 'overdue' | 'open' | 'disputed' | 'arrangement';
const FILTERS: readonly Filter[] = ['overdue', 'open', 'disputed', 'arrangement', 'all'];
const SHOW_AT_MOST = 200;

function matches(row: InvoiceRow, filter: Filter): boolean {
  const s = row.status;
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return receivable(row);
    case 'overdue':
      return receivable(row) && s !== undefined && s.overdue;
    case 'disputed':
      return s?.kind === 'disputed';
    case 'arrangement':
      return s?.kind === 'in-arrangement';
  }
}

export function InvoicesView() {
  const { t, f } = useT();
  const { derived } = useStore();
  const { go } = useNav();
  const l = useLayout();
  const [filter, setFilter] = useState<Filter>('open');
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim().toLowerCase());
  const rows = useMemo(() => {
    const list = (derived?.rows ?? []).filter((r) => matches(r, filter));
    const found = query
      ? list.filter((r) =>
          [
            r.invoice.number,
            r.customer?.name ?? '',
            r.invoice.customerNumber,
            r.invoice.description ?? '',
          ].some((s) => s.toLowerCase().includes(query)),
        )
      : list;
    // Most overdue first: the worklist is about what needs doing.
    return [...found].sort(
      (a, b) =>
        (b.status?.daysOverdue ?? 0) - (a.status?.daysOverdue ?? 0) ||
        a.invoice.number.localeCompare(b.invoice.number),
    );
  }, [derived, filter, query]);

  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.invoices}</ViewHeading>
      <div className={l.row}>
        <Field label={t.invoices.filter} className={l.grow}>
          <Select value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
            {FILTERS.map((x) => (
              <option key={x} value={x}>
                {t.invoices.filters[x]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.invoices.search} className={l.grow}>
          <Input
            type="search"
            value={search}
            placeholder={t.invoices.searchPlaceholder}
            onChange={(_, d) => setSearch(d.value)}
          />
        </Field>
      </div>
      <div className={l.between}>
        <span role="status" className={l.muted}>
          {t.invoices.count(rows.length)}
        </span>
        <Button size="small" onClick={() => go({ view: 'newInvoice' })}>
          {t.invoices.newInvoice}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p>{t.invoices.empty}</p>
      ) : (
        <ul className={l.list}>
          {rows.slice(0, SHOW_AT_MOST).map((r) => {
            const s = r.status;
            const n = r.invoice.number;
            return (
              <li key={n} className={l.item}>
                <div className={l.between}>
                  <InvoiceNo className={l.strong}>{n}</InvoiceNo>
                  <span>{f.money(s?.open ?? r.invoice.amountInclVat)}</span>
                </div>
                <div className={l.between}>
                  <span>{r.customer?.name ?? r.invoice.customerNumber}</span>
                  <span className={l.muted}>
                    {s ? t.status[s.kind] : t.common.none}
                    {s && s.daysOverdue > 0 ? ` · ${t.common.daysLate(s.daysOverdue)}` : ''}
                  </span>
                </div>
                <div className={l.muted}>
                  {t.common.dueDate}: {f.date(s?.dueDate)} · {t.invoices.nextStep}: {nextStepText(r, t, f)}
                </div>
                {receivable(r) && (
                  <div className={l.row} role="group" aria-label={t.invoices.actions(n)}>
                    {r.dunning?.kind === 'due' && (
                      <Button
                        size="small"
                        appearance="primary"
                        onClick={() =>
                          go({
                            view: 'reminder',
                            customerNumber: r.invoice.customerNumber,
                            stepId: r.dunning?.kind === 'due' ? r.dunning.action.step.id : undefined,
                          })
                        }
                      >
                        {t.invoices.remind}
                      </Button>
                    )}
                    <Button size="small" onClick={() => go({ view: 'payment', invoiceNumber: n })}>
                      {t.invoices.pay}
                    </Button>
                    <Button size="small" onClick={() => go({ view: 'dispute', invoiceNumber: n })}>
                      {t.invoices.dispute}
                    </Button>
                    <Button size="small" onClick={() => go({ view: 'arrangement', invoiceNumber: n })}>
                      {t.invoices.arrange}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
