/**
 * "Bankafschrift verwerken": pick a statement file, see per entry which invoice it pays, how sure
 * and why, then book everything from a chosen confidence or exactly the proposals picked. Reading
 * never writes; booking is one write, after which the pane re-reads (and the Vandaag nudge goes).
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import type {
  ImportEntry,
  ImportPreview,
  ImportProblem,
  ImportResult,
} from '../../workbook/operations/importStatement';
import { useStore } from '../data/store';
import { useT } from '../i18n';
import { BANK_IMPORT_TEXT, type BankImportMessages } from '../i18n/bankImport';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { ErrorBar } from '../components/ErrorBar';
import { EntryItem } from './BankImportEntry';

const THRESHOLDS = [99, 95, 90, 85, 80, 70, 60] as const;

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'ready'; preview: ImportPreview }
  | { kind: 'failed'; error: unknown };

/** Bank files are UTF-8 nowadays, but older exports are Windows-1252: read that when UTF-8 does not fit. */
function readFile(file: Blob): Promise<string> {
  const as = (encoding: string) =>
    new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result ?? ''));
      reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
      reader.readAsText(file, encoding);
    });
  return as('utf-8').then((text) => (text.includes('\uFFFD') ? as('windows-1252') : text));
}

function wouldBook(e: ImportEntry, min: number): boolean {
  const best = e.proposals[0];
  return e.autoAcceptable && !!best && best.confidence >= min;
}

export function BankImportView() {
  const { t, f } = useT();
  const b = BANK_IMPORT_TEXT[f.language];
  const { ops, backend, today, write } = useStore();
  const l = useLayout();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | undefined>();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [min, setMin] = useState(90);
  // Per entry: the chosen proposal's index, or absent for "do not process".
  const [chosen, setChosen] = useState<Map<string, number>>(new Map());
  const [booking, setBooking] = useState(false);
  const [result, setResult] = useState<ImportResult | undefined>();
  const [bookError, setBookError] = useState<unknown>();

  const read = async (name: string, text: string) => {
    setPhase({ kind: 'reading' });
    try {
      const preview = await ops.previewImport(backend.book, { fileName: name, text, today });
      setPhase({ kind: 'ready', preview });
      setChosen(new Map(preview.entries.filter((e) => wouldBook(e, min)).map((e) => [e.id, 0])));
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0];
    if (!picked) return;
    setResult(undefined);
    setBookError(undefined);
    let text: string;
    try {
      text = await readFile(picked);
    } catch (error) {
      setPhase({ kind: 'failed', error });
      return;
    }
    setFile({ name: picked.name, text });
    await read(picked.name, text);
  };

  const book = async (accept: 'above' | 'chosen') => {
    if (!file) return;
    setBooking(true);
    setBookError(undefined);
    let outcome: ImportResult | undefined;
    try {
      await write(async (o, bk) => {
        outcome = await o.applyImport(bk, {
          fileName: file.name,
          text: file.text,
          today,
          accept:
            accept === 'above'
              ? { kind: 'all-above', minConfidence: min }
              : {
                  kind: 'chosen',
                  choices: [...chosen].map(([entryId, proposalIndex]) => ({ entryId, proposalIndex })),
                },
        });
      });
      setResult(outcome);
      // What is in Betalingen now: the preview is read again, so booked entries show as imported.
      if (outcome?.ok) await read(file.name, file.text);
    } catch (error) {
      setBookError(error);
    } finally {
      setBooking(false);
    }
  };

  const preview = phase.kind === 'ready' ? phase.preview : undefined;
  const aboveCount = useMemo(
    () => preview?.entries.filter((e) => wouldBook(e, min)).length ?? 0,
    [preview, min],
  );

  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.bankImport}</ViewHeading>
      <p className={l.muted}>{b.intro}</p>
      <div className={l.section}>
        <label htmlFor={fileId} className={l.strong}>
          {b.chooseFile}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".xml,.csv,.txt,.tab,text/xml,text/csv,text/plain"
          onChange={(e) => void pick(e)}
        />
      </div>
      {phase.kind === 'reading' && <Spinner size="tiny" label={b.reading} />}
      {phase.kind === 'failed' && <ErrorBar title={b.readFailed} error={phase.error} />}
      {result && <ResultBar result={result} b={b} />}
      {bookError !== undefined && <ErrorBar title={t.common.writeFailed} error={bookError} />}
      {preview && (
        <PreviewPanel
          preview={preview}
          b={b}
          min={min}
          setMin={(m) => {
            setMin(m);
            setChosen(new Map(preview.entries.filter((e) => wouldBook(e, m)).map((e) => [e.id, 0])));
          }}
          chosen={chosen}
          setChoice={(id, index) =>
            setChosen((c) => {
              const next = new Map(c);
              if (index === undefined) next.delete(id);
              else next.set(id, index);
              return next;
            })
          }
          aboveCount={aboveCount}
          booking={booking}
          onBook={(how) => void book(how)}
        />
      )}
    </div>
  );
}

function Problems({ errors, b }: { errors: ImportProblem[]; b: BankImportMessages }) {
  const l = useLayout();
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{b.fileErrors(errors.length)}</MessageBarTitle>
        <ul className={l.list}>
          {errors.slice(0, 10).map((e, i) => (
            <li key={i}>
              {[e.file, e.row !== undefined ? b.rowAt(e.row) : undefined, e.column, e.path]
                .filter(Boolean)
                .join(', ')}
              : {e.message}
              {e.value ? ` (${e.value})` : ''}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

interface PanelProps {
  preview: ImportPreview;
  b: BankImportMessages;
  min: number;
  setMin(min: number): void;
  chosen: Map<string, number>;
  setChoice(entryId: string, index: number | undefined): void;
  aboveCount: number;
  booking: boolean;
  onBook(how: 'above' | 'chosen'): void;
}

function PreviewPanel({
  preview,
  b,
  min,
  setMin,
  chosen,
  setChoice,
  aboveCount,
  booking,
  onBook,
}: PanelProps) {
  const { f } = useT();
  const l = useLayout();
  if (preview.needsMapping) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{b.needsMapping}</MessageBarTitle>
          {b.needsMappingAction}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const open = preview.entries.filter((e) => e.outcome !== 'already-imported');
  return (
    <>
      {preview.statements.map((s) => (
        <p key={s.statementId} className={l.muted}>
          {b.statement(s.accountIban, f.date(s.fromDate), f.date(s.toDate), s.entries)}
        </p>
      ))}
      {preview.ok && preview.entries.length === 0 && <p>{b.nothingFound}</p>}
      {!preview.ok && preview.errors.length > 0 && preview.statements.length === 0 ? (
        <ErrorBar title={b.readFailed} error={new Error(preview.errors.map((e) => e.message).join('; '))} />
      ) : (
        <Problems errors={preview.errors} b={b} />
      )}
      {preview.ok && open.length > 0 && (
        <div className={l.row}>
          <Field label={b.minConfidence} className={l.grow}>
            <Select value={String(min)} onChange={(_, d) => setMin(Number(d.value))}>
              {THRESHOLDS.map((n) => (
                <option key={n} value={n}>
                  {n}%
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" disabled={booking || aboveCount === 0} onClick={() => onBook('above')}>
            {b.acceptAbove(min, aboveCount)}
          </Button>
        </div>
      )}
      {preview.entries.length > 0 && (
        <ul
          className={l.list}
          aria-label={b.statement(preview.statements[0]?.accountIban ?? '', '', '', preview.entries.length)}
        >
          {preview.entries.map((e) => (
            <EntryItem
              key={e.id}
              entry={e}
              b={b}
              chosen={chosen.get(e.id)}
              onChoose={(i) => setChoice(e.id, i)}
            />
          ))}
        </ul>
      )}
      {preview.ok && open.length > 0 && (
        <div>
          <Button disabled={booking || chosen.size === 0} onClick={() => onBook('chosen')}>
            {b.acceptChosen(chosen.size)}
          </Button>
        </div>
      )}
      {booking && <Spinner size="tiny" label={b.booking} />}
    </>
  );
}

function ResultBar({ result, b }: { result: ImportResult; b: BankImportMessages }) {
  const { f } = useT();
  const l = useLayout();
  if (!result.ok)
    return (
      <ErrorBar title={b.readFailed} error={new Error(result.errors.map((e) => e.message).join('; '))} />
    );
  const skipped = result.skipped.filter((s) => s.reason !== 'already-imported' && s.reason !== 'ignored');
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{b.resultTitle(result.paymentsAdded, f.money(result.totalCents))}</MessageBarTitle>
        {result.lastBankImport && <div>{b.resultNudge(f.date(result.lastBankImport))}</div>}
        {skipped.length > 0 && (
          <>
            <div>{b.skippedTitle(skipped.length)}:</div>
            <ul className={l.list}>
              {summarise(skipped.map((s) => b.skip[s.reason])).map(([text, n]) => (
                <li key={text}>
                  {n}× {text}
                </li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

function summarise(texts: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const t of texts) m.set(t, (m.get(t) ?? 0) + 1);
  return [...m];
}
