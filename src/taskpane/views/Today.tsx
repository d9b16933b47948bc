import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Fragment, lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from '../data/store';
import { useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { ErrorBar } from '../components/ErrorBar';
import { afterPaint } from '../components/afterPaint';
import { InvoiceNo, WithInvoiceNos } from '../components/InvoiceNo';
import { stepLabel } from './common';
import { legalChecks, type LegalChecks } from './legalChecks';

// Only when the workbook defines segments or a step names a channel: out of the first download.
const TodaySegment = lazy(() => import('./TodaySegment').then((m) => ({ default: m.TodaySegment })));

// Off by default: the thank-you block (and its texts) load only for a trader who switched it on.
const ThankYouNotes = lazy(() => import(/* webpackChunkName: "thank-you" */ '../components/ThankYouNotes'));

export function TodayView() {
  const { t, f } = useT();
  const { derived, ledger } = useStore();
  const { go } = useNav();
  const l = useLayout();
  const settings = ledger?.settings;
  const [checks, setChecks] = useState<LegalChecks>({ errors: new Map() });
  // After the cards are painted: the checks' code (the legal rules, zod) is a download and a parse
  // the first view, and a click on it, need not wait for.
  useEffect(() => {
    let live = true;
    if (!derived || !settings) return undefined;
    const cancel = afterPaint(
      () =>
        void legalChecks(derived.plan, derived.index, settings, derived.today).then((found) => {
          if (live) setChecks(found);
        }),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [derived, settings]);
  const { errors, outdated } = checks;
  if (!derived) return <ViewHeading>{t.views.today}</ViewHeading>;
  const { plan, missed, longDisputes, bankNudge } = derived;
  const quiet = plan.length === 0 && missed.length === 0 && longDisputes.length === 0 && !bankNudge;
  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.today}</ViewHeading>
      {bankNudge && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.today.bankNudge}</MessageBarTitle>
            {bankNudge.lastImport && bankNudge.days !== undefined
              ? t.today.bankNudgeDays(bankNudge.days, f.date(bankNudge.lastImport))
              : t.today.bankNudgeNever}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => go({ view: 'bankImport' })}>
              {t.today.importStatement}
            </Button>
            <Button size="small" onClick={() => go({ view: 'payment' })}>
              {t.today.registerPayment}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {derived.planError !== undefined && <ErrorBar title={t.today.remindersDue} error={derived.planError} />}
      <section className={l.section} aria-labelledby="today-reminders">
        <h3 id="today-reminders" className={l.h3}>
          {t.today.remindersDue}
        </h3>
        {plan.length === 0 ? (
          <p className={l.muted}>{t.today.noReminders}</p>
        ) : (
          <ul className={l.list}>
            {plan.map((g) => {
              const error = errors.get(g.customerNumber);
              // Each invoice's own stage, shown when the message mixes stages.
              const mixed =
                (g.alsoOverdue ?? []).length > 0 || g.invoices.some((a) => a.step.id !== g.step.id);
              const listed = [
                ...g.invoices.map((a) =>
                  mixed ? (
                    <WithInvoiceNos
                      text={t.today.invoiceAtStage(a.invoiceNumber, stepLabel(a.step, t))}
                      numbers={[a.invoiceNumber]}
                    />
                  ) : (
                    <InvoiceNo>{a.invoiceNumber}</InvoiceNo>
                  ),
                ),
                ...(g.alsoOverdue ?? []).map((o) => (
                  <WithInvoiceNos
                    text={t.today.invoiceAtStage(o.invoiceNumber, t.today.stillRunning)}
                    numbers={[o.invoiceNumber]}
                  />
                )),
              ];
              return (
                <li key={g.customerNumber} className={l.item}>
                  <div className={l.between}>
                    <span className={l.strong}>{g.customer.name}</span>
                    <span>{f.money(g.open)}</span>
                  </div>
                  {(g.segment !== undefined || g.step.channel !== undefined) && (
                    <Suspense fallback={null}>
                      <TodaySegment group={g} />
                    </Suspense>
                  )}
                  <div className={l.muted}>
                    {stepLabel(g.step, t)} · {t.today.invoicesInGroup(listed.length)}:{' '}
                    {listed.map((node, i) => (
                      <Fragment key={i}>
                        {i > 0 && ', '}
                        {node}
                      </Fragment>
                    ))}
                  </div>
                  {error && <ErrorBar title={t.today.cardError} error={error} />}
                  {(g.failures ?? []).map((x) => (
                    <ErrorBar
                      key={x.invoiceNumber}
                      title={t.today.notJudged(x.invoiceNumber)}
                      error={x.error}
                    />
                  ))}
                  <div>
                    <Button
                      size="small"
                      appearance="primary"
                      aria-label={t.today.prepareFor(stepLabel(g.step, t), g.customer.name)}
                      onClick={() =>
                        go({ view: 'reminder', customerNumber: g.customerNumber, stepId: g.step.id })
                      }
                    >
                      {t.today.prepare}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {/* Below the cards, not above: the legal code this check needs arrives after the list has
            shown, and a banner appearing above it would push the card being read down. */}
        {outdated && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.today.ratesOutdated}</MessageBarTitle>
              {t.today.ratesOutdatedBody(f.date(outdated.knownUntil))}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => go({ view: 'settings' })}>
                {t.today.ratesOutdatedOpen}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </section>
      {missed.length > 0 && (
        <section className={l.section} aria-labelledby="today-missed">
          <h3 id="today-missed" className={l.h3}>
            {t.today.missed}
          </h3>
          <ul className={l.list}>
            {missed.map(({ row, missed: m }) => (
              <li key={row.invoice.number} className={l.item}>
                <span className={l.strong}>{row.customer?.name}</span>
                {m.map((x) => (
                  <span key={x.position}>
                    <WithInvoiceNos
                      text={t.today.missedLine(
                        row.invoice.number,
                        f.date(x.instalment.dueDate),
                        f.money(x.shortfall),
                      )}
                      numbers={[row.invoice.number]}
                    />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {longDisputes.length > 0 && (
        <section className={l.section} aria-labelledby="today-disputes">
          <h3 id="today-disputes" className={l.h3}>
            {t.today.disputes}
          </h3>
          <ul className={l.list}>
            {longDisputes.map(({ row, days }) => (
              <li key={row.invoice.number} className={l.item}>
                <span className={l.strong}>{row.customer?.name}</span>
                <span>
                  <WithInvoiceNos
                    text={t.today.disputeLine(row.invoice.number, days)}
                    numbers={[row.invoice.number]}
                  />
                </span>
                {row.invoice.disputeNote && <span className={l.muted}>{row.invoice.disputeNote}</span>}
                <div>
                  <Button
                    size="small"
                    onClick={() => go({ view: 'dispute', invoiceNumber: row.invoice.number })}
                  >
                    {t.today.disputeAction}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {quiet && <p>{t.today.allQuiet}</p>}
      {settings?.thankYouNotes && (
        <Suspense fallback={null}>
          <ThankYouNotes />
        </Suspense>
      )}
    </div>
  );
}
