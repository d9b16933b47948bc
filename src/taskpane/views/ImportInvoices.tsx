/**
 * "Facturen inlezen (UBL)": pick the e-invoices (XML) the trader sent, see what would be added,
 * what is there already and what is refused (file, element, why), then import with one write.
 * The preview is the same operation as a dry run, so it cannot promise what the import won't do;
 * the XML reader comes with the operation's chunk, loaded only here.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import type { InvoiceImportResult } from '../../workbook/operations/importInvoices';
import { useStore } from '../data/store';
import { useT } from '../i18n';
import { IMPORT_INVOICES_TEXT, type ImportInvoicesMessages } from '../i18n/importInvoices';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { ErrorBar } from '../components/ErrorBar';

type Files = { name: string; text: string }[];

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'ready'; files: Files; preview: InvoiceImportResult }
  | { kind: 'failed'; error: unknown };

/** A UBL file is UTF-8 (Peppol requires it). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

export function ImportInvoicesView() {
  const { t, f } = useT();
  const m = IMPORT_INVOICES_TEXT[f.language];
  const { ops, backend, write } = useStore();
  const l = useLayout();
  const fileId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<InvoiceImportResult | undefined>();
  const [writeError, setWriteError] = useState<unknown>();

  const preview = async (files: Files) => {
    setPhase({ kind: 'reading' });
    try {
      const result = await ops.importInvoices(backend.book, files, { dryRun: true });
      setPhase({ kind: 'ready', files, preview: result });
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    if (picked.length === 0) return;
    setDone(undefined);
    setWriteError(undefined);
    setPhase({ kind: 'reading' });
    try {
      const files = await Promise.all(picked.map(async (p) => ({ name: p.name, text: await readText(p) })));
      await preview(files);
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  };

  const run = async (files: Files, skipInvalid: boolean) => {
    setBusy(true);
    setWriteError(undefined);
    let outcome: InvoiceImportResult | undefined;
    try {
      await write(async (o, bk) => {
        outcome = await o.importInvoices(bk, files, { skipInvalid });
      });
      setDone(outcome);
      // What the workbook holds now: the same files read again show as already there.
      await preview(files);
    } catch (error) {
      setWriteError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.importInvoices}</ViewHeading>
      <p className={l.muted}>{m.intro}</p>
      <div className={l.section}>
        <label htmlFor={fileId} className={l.strong}>
          {m.chooseFiles}
        </label>
        <input
          id={fileId}
          type="file"
          multiple
          accept=".xml,text/xml,application/xml"
          onChange={(e) => void pick(e)}
        />
      </div>
      {phase.kind === 'reading' && <Spinner size="tiny" label={m.reading} />}
      {phase.kind === 'failed' && <ErrorBar title={m.readFailed} error={phase.error} />}
      {writeError !== undefined && <ErrorBar title={t.common.writeFailed} error={writeError} />}
      {done?.written && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{m.done(done.added.length, done.newCustomers.length)}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === 'ready' && (
        <Preview
          result={phase.preview}
          m={m}
          busy={busy}
          justImported={done?.written === true}
          onImport={(skipInvalid) => void run(phase.files, skipInvalid)}
        />
      )}
      {busy && <Spinner size="tiny" label={m.importing} />}
    </div>
  );
}

interface PreviewProps {
  result: InvoiceImportResult;
  m: ImportInvoicesMessages;
  busy: boolean;
  justImported: boolean;
  onImport(skipInvalid: boolean): void;
}

function Preview({ result, m, busy, justImported, onImport }: PreviewProps) {
  const { f } = useT();
  const l = useLayout();
  const refusedFiles = new Set(result.refused.map((p) => p.file)).size;
  const same = [
    ...result.alreadyThere.map((a) => ({
      key: `a${a.file}`,
      number: a.number,
      where: m.alreadyRow(a.row),
      file: a.file,
    })),
    ...result.repeats.map((r) => ({
      key: `r${r.file}`,
      number: r.number,
      where: m.sameAs(r.sameAs),
      file: r.file,
    })),
  ];
  const errors = result.errors.map((e) => e.why);
  return (
    <>
      {errors.length > 0 && <ErrorBar title={m.readFailed} error={new Error(errors.join('; '))} />}
      {refusedFiles > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.refused(refusedFiles)}</MessageBarTitle>
            <ul className={l.list} aria-label={m.refused(refusedFiles)}>
              {result.refused.map((p, i) => (
                <li key={i}>
                  <span className={l.strong}>{p.file}</span> ({p.path}): {p.why[f.language]}
                </li>
              ))}
            </ul>
            {result.added.length > 0 && <p>{m.blocked}</p>}
          </MessageBarBody>
        </MessageBar>
      )}
      {result.added.length > 0 && (
        <section className={l.section}>
          <span className={l.strong}>{m.toAdd(result.added.length)}</span>
          <ul className={l.list} aria-label={m.toAdd(result.added.length)}>
            {result.added.map((a) => (
              <li key={a.file + a.number}>
                {a.number}
                {a.documentKind === 'credit-note' ? ` (${m.creditNote})` : ''} · {f.date(a.invoiceDate)} ·{' '}
                {f.money(a.amountInclVat)} · {a.customerNumber} {a.customerName} (
                {a.customer === 'new' ? m.newCustomer : m.matched[a.customer]})
              </li>
            ))}
          </ul>
        </section>
      )}
      {same.length > 0 && (
        <section className={l.section}>
          <span className={l.strong}>{m.alreadyThere(same.length)}</span>
          <ul className={l.list} aria-label={m.alreadyThere(same.length)}>
            {same.map((s) => (
              <li key={s.key}>
                {s.number} · {s.where} · {s.file}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.added.length === 0 && refusedFiles === 0 && errors.length === 0 && !justImported && (
        <p>{m.nothingNew}</p>
      )}
      {result.added.length > 0 && (
        <div className={l.row}>
          <Button appearance="primary" disabled={busy || refusedFiles > 0} onClick={() => onImport(false)}>
            {m.importAll(result.added.length)}
          </Button>
          {refusedFiles > 0 && (
            <Button disabled={busy} onClick={() => onImport(true)}>
              {m.importValid(result.added.length)}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
