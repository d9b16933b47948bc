/**
 * The demo page: the real task pane outside Excel, running against an .xlsx workbook held in the
 * browser, shown beside a plain grid of its tables. No office.js here: it would reach Microsoft's
 * telemetry host, and outside Office it has nothing to offer. The sample is built in memory for the
 * first view (sampleBook.ts); ExcelJS (via the .xlsx host) arrives in a lazily loaded chunk only
 * when the visitor edits, downloads or opens a workbook, so the first view neither downloads nor
 * runs it.
 *
 * Query parameters: ?today=YYYY-MM-DD pins "today" (tests, screenshots), ?lang=en starts in English.
 */
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { isIsoDate, type IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';
import { localToday, type PaneBackend } from '../taskpane/backend';
import { App } from '../taskpane/App';
import { readWorkbook } from '../workbook/operations/state';
import { Grid } from './Grid';
import { gridFromRead, plainFromSheet, readAllTables, type GridSheet } from './gridModel';
import { ObservedBook } from './observedBook';
import { sampleDemoWorkbook, type DemoWorkbook } from './sampleBook';
import { DEMO_TEXT } from './text';

const params = new URLSearchParams(window.location.search);
const pinnedToday = params.get('today');
const TODAY: IsoDate = pinnedToday && isIsoDate(pinnedToday) ? pinnedToday : localToday();
const START_LANGUAGE: Language = params.get('lang') === 'en' ? 'en' : 'nl';

const loadWorkbookModule = () => import(/* webpackChunkName: "workbook" */ './sampleWorkbook');

interface Loaded {
  workbook: DemoWorkbook;
  book: ObservedBook;
  /** Bumped per workbook, so the pane starts afresh on a new one. */
  id: number;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function Demo() {
  const [language, setLanguage] = useState<Language>(START_LANGUAGE);
  const t = DEMO_TEXT[language];
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [sheets, setSheets] = useState<GridSheet[]>([]);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(true);
  const nextId = useRef(1);

  const adopt = useCallback((workbook: DemoWorkbook) => {
    setLoaded({ workbook, book: new ObservedBook(workbook.book), id: nextId.current++ });
  }, []);

  const loadSample = useCallback(async () => {
    setBusy(true);
    try {
      adopt(await sampleDemoWorkbook(TODAY, loadWorkbookModule));
      setStatus(null);
    } catch (e) {
      setStatus({ kind: 'error', text: DEMO_TEXT.nl.openFailed(messageOf(e)) });
    } finally {
      setBusy(false);
    }
  }, [adopt]);

  useEffect(() => {
    void loadSample();
  }, [loadSample]);

  // The grid re-reads the workbook after every change the pane makes.
  useEffect(() => {
    if (!loaded) return undefined;
    let stale = false;
    const refresh = async () => {
      const state = await readWorkbook(loaded.book);
      const read = await readAllTables(loaded.book);
      const sheets = gridFromRead(read, { today: TODAY, language: state.language, settings: state.settings });
      // The port reads tables only; the .xlsx host can also show a sheet without one (Overzicht).
      for (const s of sheets) {
        if (s.tables.length === 0)
          s.plain = plainFromSheet(loaded.workbook.book.sheetValues(s.name), read.dateSystem, state.language);
      }
      if (!stale) setSheets(sheets);
    };
    const run = () => {
      refresh().catch((e: unknown) => {
        if (!stale) setStatus({ kind: 'error', text: messageOf(e) });
      });
    };
    run();
    const off = loaded.book.onChange(run);
    return () => {
      stale = true;
      off();
    };
  }, [loaded]);

  const backend = useMemo<PaneBackend | null>(
    () =>
      loaded
        ? {
            kind: 'demo',
            book: loaded.book,
            today: () => TODAY,
            displayLanguage: language === 'en' ? 'en-GB' : 'nl-NL',
            theme: 'light',
          }
        : null,
    [loaded, language],
  );

  const onOpen = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const mod = await loadWorkbookModule();
      const workbook = await mod.openWorkbook(await file.arrayBuffer(), file.name);
      adopt(workbook);
      const risk = workbook.lossRisks.length > 0 ? ` ${t.lossRisk(workbook.lossRisks.join(', '))}` : '';
      setStatus({ kind: 'info', text: `${t.opened(file.name)}${risk}` });
    } catch (err) {
      setStatus({ kind: 'error', text: t.openFailed(messageOf(err)) });
    } finally {
      setBusy(false);
    }
  };

  const onDownload = async () => {
    if (!loaded) return;
    // The sample's first download also brings the .xlsx host: the buttons wait for it.
    setBusy(true);
    let blob: Blob;
    try {
      blob = await loaded.workbook.blob();
    } catch (err) {
      setStatus({ kind: 'error', text: t.downloadFailed(messageOf(err)) });
      return;
    } finally {
      setBusy(false);
    }
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = loaded.workbook.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <div className="demo">
      <header className="demo-bar">
        <h1>
          {t.title} <span className="muted">— {t.subtitle}</span>
        </h1>
        <div className="demo-actions">
          <label className="file-button">
            {t.open}
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void onOpen(e)}
              disabled={busy}
            />
          </label>
          <button type="button" onClick={() => void onDownload()} disabled={!loaded || busy}>
            {t.download}
          </button>
          <button type="button" onClick={() => void loadSample()} disabled={busy}>
            {t.reset}
          </button>
          <button
            type="button"
            onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
            lang={language === 'nl' ? 'en' : 'nl'}
            aria-label={`${t.language}: ${t.otherLanguage}`}
          >
            {t.otherLanguage}
          </button>
        </div>
      </header>
      {status ? (
        <p className={`demo-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
      {/* No <main> here: the pane has its own, and a page has one. */}
      <div className="demo-main">
        <section className="demo-pane" aria-label={t.pane}>
          {backend && loaded ? (
            <App key={loaded.id} backend={backend} />
          ) : (
            <p className="muted" role="status">
              {t.loading}
            </p>
          )}
        </section>
        <section className="demo-grid" aria-label={t.workbook}>
          {loaded ? <Grid key={loaded.id} sheets={sheets} t={t} /> : null}
        </section>
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Demo />
    </StrictMode>,
  );
}
