/**
 * The Klantkaart's statement action: a period, the statement's figures as a preview, the PDF to
 * download and the e-mail text to copy. pdf-lib (and the PDF module over it) arrive in a chunk of
 * their own at the first download, never in the pane's first download.
 */
import { Button, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { addDays, addMonths, type IsoDate } from '../../domain/dates';
import type { Ledger } from '../../domain/model';
import {
  statementEmail,
  statementOf,
  statementQr,
  statementWords,
  type Statement,
} from '../../domain/statement';
import { DateField } from '../components/DateField';
import { useLayout } from '../components/layout';
import { useT } from '../i18n';
import { STATEMENT_TEXT } from '../i18n/statement';
import { dateFromText, dateToText } from './forms';

function fileNameOf(s: Statement): string {
  const kind = s.language === 'nl' ? 'rekeningoverzicht' : 'statement';
  return `${s.customer.number.replace(/[^A-Za-z0-9._-]+/g, '_')}_${kind}_${s.period.until}.pdf`;
}

async function download(s: Statement, ledger: Ledger): Promise<string> {
  const { statementPdf } = await import(/* webpackChunkName: "statement-pdf" */ '../../pdf/statementPdf');
  const bytes = await statementPdf(s, ledger.settings);
  const name = fileNameOf(s);
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the file once the click is handled; the object URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'made'; file: string } | { kind: 'failed' };

export function CustomerStatement({
  ledger,
  customerNumber,
  today,
}: {
  ledger: Ledger;
  customerNumber: string;
  today: IsoDate;
}) {
  const { f } = useT();
  const l = useLayout();
  const text = STATEMENT_TEXT[f.language];
  const [fromText, setFromText] = useState(() => dateToText(addDays(addMonths(today, -12), 1)));
  const [untilText, setUntilText] = useState(() => dateToText(today));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [copied, setCopied] = useState(false);
  const from = dateFromText(fromText);
  const until = dateFromText(untilText);

  // The period's own faults, said in the pane's language before the core is asked.
  const periodProblem =
    from && until ? (from > until ? text.reversed : until > today ? text.afterToday : undefined) : undefined;
  const made = useMemo(() => {
    if (!from || !until || from > until || until > today) return undefined;
    const s = statementOf(ledger, customerNumber, { from, until }, today);
    const qr = statementQr(s, ledger.settings);
    return { s, qr, mail: statementEmail(s, ledger.settings, qr) };
  }, [ledger, customerNumber, from, until, today]);

  const mailText = made ? `${made.mail.subject}\n\n${made.mail.body}` : '';

  return (
    <section className={l.section} aria-labelledby="cust-statement">
      <h3 id="cust-statement" className={l.h3}>
        {text.title}
      </h3>
      <div className={l.row}>
        <DateField
          label={text.from}
          value={fromText}
          onChange={setFromText}
          error={from ? undefined : text.badDate}
        />
        <DateField
          label={text.until}
          value={untilText}
          onChange={setUntilText}
          error={until ? undefined : text.badDate}
        />
      </div>
      {periodProblem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{periodProblem}</MessageBarBody>
        </MessageBar>
      )}
      {made && (
        <>
          <dl className={l.kpis} aria-label={text.title}>
            <Figure label={text.opening} value={f.money(made.s.opening)} />
            <Figure label={text.movements} value={String(made.s.lines.length)} />
            <Figure label={text.closing} value={f.money(made.s.closing.balance)} />
            <Figure label={text.overdue} value={f.money(made.s.closing.overdue.total)} />
          </dl>
          {!made.qr.result.ok && (
            <p className={l.muted}>
              {text.noQr}: {statementWords(f.language).qrWhy[made.qr.result.problem.code]}
            </p>
          )}
          <div>
            <Button
              appearance="primary"
              disabled={status.kind === 'busy'}
              onClick={() => {
                setStatus({ kind: 'busy' });
                download(made.s, ledger).then(
                  (file) => setStatus({ kind: 'made', file }),
                  () => setStatus({ kind: 'failed' }),
                );
              }}
            >
              {status.kind === 'busy' ? text.making : text.download}
            </Button>
          </div>
          {status.kind === 'made' && <p role="status">{text.made(status.file)}</p>}
          {status.kind === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>{text.failed}</MessageBarBody>
            </MessageBar>
          )}
          <h4 className={l.h3}>{text.emailTitle}</h4>
          <Textarea aria-label={text.emailLabel} value={mailText} readOnly resize="vertical" rows={10} />
          <div>
            <Button
              onClick={() => {
                void navigator.clipboard.writeText(mailText).then(() => setCopied(true));
              }}
            >
              {text.copy}
            </Button>
          </div>
          {copied && <p role="status">{text.copied}</p>}
        </>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  const l = useLayout();
  return (
    <div className={l.kpi}>
      <dt className={l.muted}>{label}</dt>
      <dd style={{ margin: 0 }}>{value}</dd>
    </div>
  );
}
