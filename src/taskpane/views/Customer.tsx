import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { useStore } from '../data/store';
import { useOverviewMetrics } from '../data/overviewMetrics';
import { useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { InvoiceNo, WithInvoiceNos } from '../components/InvoiceNo';
import { ViewHeading } from '../components/ViewHeading';
import { CustomerPicker } from '../components/pickers';
import { ChartFrame, LineChart } from '../components/charts';
import { CONSUMER_DEFAULT_TERM_DAYS, STATUTORY_BUSINESS_TERM_DAYS } from '../../domain/terms';
import { receivable } from './common';
import { CustomerStatement } from './CustomerStatement';
import { addCents, cents } from '../../domain/money';

export function CustomerView() {
  const { t, f } = useT();
  const { derived, ledger, today } = useStore();
  const { route } = useNav();
  const l = useLayout();
  const { overview } = useOverviewMetrics();
  const customers = ledger?.customers ?? [];
  const [chosen, setChosen] = useState(route.customerNumber ?? customers[0]?.number ?? '');
  if (!derived || !ledger || customers.length === 0) {
    return (
      <div className={l.stack}>
        <ViewHeading>{t.views.customer}</ViewHeading>
        <p>{t.customer.none}</p>
      </div>
    );
  }
  const customer = customers.find((c) => c.number === chosen);
  const rows = derived.rows.filter((r) => r.invoice.customerNumber === chosen);
  const revenue = overview?.dependency.customers.find((c) => c.customerNumber === chosen);
  const behaviour = overview?.behaviour.customers.find((c) => c.customerNumber === chosen);
  const contacts = [...(derived.index.contactsByCustomer.get(chosen) ?? [])].reverse();
  const openTotal = rows
    .filter(receivable)
    .reduce((s, r) => addCents(s, r.status?.open ?? cents(0)), cents(0));
  const s = ledger.settings;
  const defaultTerm =
    customer?.kind === 'consumer'
      ? (s.consumerTermDays ?? CONSUMER_DEFAULT_TERM_DAYS)
      : (s.businessTermDays ?? STATUTORY_BUSINESS_TERM_DAYS);
  const change = behaviour?.change;
  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.customer}</ViewHeading>
      <CustomerPicker customers={customers} value={chosen} onChange={setChosen} label={t.customer.pick} />
      {customer && (
        <>
          <dl className={l.kpis}>
            <Fact label={t.customer.kindLabel} value={t.customer.kind[customer.kind]} />
            <Fact label={t.customer.segment} value={customer.segment || t.common.none} />
            <Fact
              label={t.customer.term}
              value={
                customer.paymentTermDays !== undefined
                  ? t.common.days(customer.paymentTermDays)
                  : t.customer.termDefault(defaultTerm)
              }
            />
            <Fact label={t.customer.openTotal} value={f.money(openTotal)} />
            <Fact
              label={t.customer.share}
              value={revenue ? `${f.percent(revenue.share)} · ${f.money(revenue.revenue)}` : t.common.none}
            />
            <Fact label={t.customer.email} value={customer.email || t.common.none} />
          </dl>
          <section className={l.section} aria-labelledby="cust-behaviour">
            <h3 id="cust-behaviour" className={l.h3}>
              {t.customer.behaviour}
            </h3>
            {behaviour && behaviour.weightedDaysLate !== null ? (
              <p>
                {t.customer.avgLate(
                  behaviour.weightedDaysLate,
                  f.number1(Math.abs(behaviour.weightedDaysLate)),
                )}
              </p>
            ) : (
              <p className={l.muted}>{t.customer.noPaid}</p>
            )}
            {change && (
              <MessageBar
                intent={
                  change.signal === 'worse' ? 'warning' : change.signal === 'better' ? 'success' : 'info'
                }
                layout="multiline"
              >
                <MessageBarBody>
                  {t.customer.signal[change.signal]}
                  {change.delta !== null && ` (${t.customer.signalDelta(f.number1(change.delta))})`}
                  {change.reason === 'open-invoice-later-than-ever' && change.mostOverdue && (
                    <div>
                      <WithInvoiceNos
                        text={t.customer.mostOverdue(
                          change.mostOverdue.invoiceNumber,
                          change.mostOverdue.daysOverdue,
                        )}
                        numbers={[change.mostOverdue.invoiceNumber]}
                      />
                    </div>
                  )}
                </MessageBarBody>
              </MessageBar>
            )}
            {behaviour && behaviour.quarters.some((q) => q.weightedDaysLate !== null) && (
              <ChartFrame
                title={t.overview.behaviour}
                table={{
                  headers: [t.overview.quarter, t.overview.behaviourCol, t.overview.count],
                  rows: behaviour.quarters.map((q) => [
                    q.quarter,
                    q.weightedDaysLate === null
                      ? t.common.none
                      : t.overview.relativeToDue(q.weightedDaysLate, f.number1(Math.abs(q.weightedDaysLate))),
                    String(q.paidCount),
                  ]),
                }}
              >
                <LineChart
                  points={behaviour.quarters.map((q) => ({ label: q.quarter, value: q.weightedDaysLate }))}
                  formatTick={signedDays}
                  zeroLabel={t.overview.dueLine}
                />
              </ChartFrame>
            )}
          </section>
          <section className={l.section} aria-labelledby="cust-invoices">
            <h3 id="cust-invoices" className={l.h3}>
              {t.customer.invoices}
            </h3>
            {rows.length === 0 ? (
              <p className={l.muted}>{t.common.noData}</p>
            ) : (
              <table className={l.table}>
                <thead>
                  <tr>
                    <th className={l.td} scope="col">
                      {t.common.invoice}
                    </th>
                    <th className={l.td} scope="col">
                      {t.common.dueDate}
                    </th>
                    <th className={l.td} scope="col">
                      {t.common.open}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.invoice.number}>
                      <th className={l.td} scope="row">
                        <InvoiceNo>{r.invoice.number}</InvoiceNo>
                        <div className={l.muted}>{r.status ? t.status[r.status.kind] : t.common.none}</div>
                      </th>
                      <td className={l.td}>{f.date(r.status?.dueDate)}</td>
                      <td className={l.td}>{f.money(r.status?.open ?? r.invoice.amountInclVat)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <CustomerStatement
            key={customer.number}
            ledger={ledger}
            customerNumber={customer.number}
            today={today}
          />
          <section className={l.section} aria-labelledby="cust-contacts">
            <h3 id="cust-contacts" className={l.h3}>
              {t.customer.contacts}
            </h3>
            {contacts.length === 0 ? (
              <p className={l.muted}>{t.customer.noContacts}</p>
            ) : (
              <ul className={l.list}>
                {contacts.map((c, i) => (
                  <li key={i} className={l.item}>
                    <span className={l.muted}>
                      {f.date(c.date)} · {t.reminder.channels[c.channel]}
                      {c.invoiceNumber && (
                        <>
                          {' · '}
                          <InvoiceNo>{c.invoiceNumber}</InvoiceNo>
                        </>
                      )}
                    </span>
                    <span>{c.summary}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** An axis tick in days relative to the due date: +10 late, −10 early. */
const signedDays = (v: number): string => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');

function Fact({ label, value }: { label: string; value: string }) {
  const l = useLayout();
  return (
    <div className={l.kpi}>
      <dt className={l.muted}>{label}</dt>
      {/* An e-mail address has no place to break: it may wrap anywhere rather than widen the pane. */}
      <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{value}</dd>
    </div>
  );
}
