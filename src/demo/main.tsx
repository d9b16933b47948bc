/**
 * The demo page: the real task pane outside Excel, running against an .xlsx workbook held in the
 * browser, shown beside a plain grid of its tables. No office.js here: it would reach Microsoft's
 * telemetry host, and outside Office it has nothing to offer. On the sample's fixed date (no
 * ?today=) the first view (the ledger the pane loads, the grid) was computed at build time: the
 * page's first script (start.ts) fetches it while this script loads, and the page draws it at
 * once, while a worker builds the sample's book for what comes after. For another day the worker
 * makes the whole first view: the pane's part first, then the grid. ExcelJS (via the .xlsx host)
 * arrives in a lazily loaded chunk only when the visitor edits, downloads or opens a workbook, so
 * the first view neither downloads nor runs it; a first edit before the sample's book is there
 * waits for it, and the page says so.
 *
 * Query parameters: ?today=YYYY-MM-DD pins another "today" (tests, screenshots), ?lang=en starts
 * in English.
 */
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';
import type { PaneBackend } from '../taskpane/backend';
import { App } from '../taskpane/App';
import type { LoadedLedger } from '../taskpane/data/operations';
import { Grid } from './Grid';
import type { FirstBook } from './firstView';
import type { PrecomputedFirstView } from './firstViewData';
import type { GridSheet } from './gridModel';
import { ObservedBook } from './observedBook';
import { demoLanguage, demoToday, SAMPLE_DATE } from './params';
import type { PlainBook, PlainState } from './plainBook';
import { demoWorkbookOf, type DemoWorkbook } from './sampleBook';
import { DEMO_TEXT } from './text';
import {
  fetchPrecomputed,
  firstViewInWorker,
  precomputedUrl,
  sampleInWorker,
  sampleWorkerUrl,
  type FirstViewParts,
} from './workerClient';

const TODAY: IsoDate = demoToday(window.location.search);
const START_LANGUAGE: Language = demoLanguage(window.location.search);

const loadWorkbookModule = () => import(/* webpackChunkName: "workbook" */ './sampleWorkbook');
// The grid's own read of a book, with its formula evaluator, is needed only after a change or for
// an opened file: the sample's first grid comes from the worker.
const loadGridModel = () => import(/* webpackChunkName: "demo-grid" */ './gridModel');
// The sample's book in memory: only once the worker sends it, after the first view on its fixed date.
const loadPlainBook = () => import(/* webpackChunkName: "demo-book" */ './plainBook');
const plainBookOf = (state: PlainState) => loadPlainBook().then((m) => new m.PlainBook(state));

/**
 * The sample's first view: the pane's first load, the book (or how to make it), the grid (at hand
 * when the build computed it, so the pane and the grid draw in one commit; else on its way).
 */
interface SampleView {
  loaded: LoadedLedger;
  plain: PlainBook | (() => Promise<PlainBook>);
  grid: GridSheet[] | Promise<GridSheet[]>;
}

const loadFirstView = () => import(/* webpackChunkName: "demo-sample" */ './firstView');

/** The first view made on this page: when there is no worker, or it failed. */
function pageParts(): FirstViewParts {
  let first: (part: FirstBook) => void = () => undefined;
  let failed: (e: unknown) => void = () => undefined;
  const book = new Promise<FirstBook>((resolve, reject) => {
    first = resolve;
    failed = reject;
  });
  const grid = loadFirstView().then((m) => m.firstViewInParts(TODAY, first));
  grid.catch(failed);
  return { book, grid };
}

/** The sample's book, built by a worker, or by this page when there is none or it failed. */
function makeSample(): Promise<PlainBook> {
  const url = sampleWorkerUrl(document);
  const inPage = () => loadFirstView().then((m) => m.plainSample(TODAY));
  if (typeof Worker !== 'function' || !url) return inPage();
  return sampleInWorker(url, TODAY).then(plainBookOf, inPage);
}

/**
 * The first view the build computed for the sample's fixed date, with the sample's book made on
 * demand (makeSample: after the first view is on screen, or at the first read or change before
 * that); null on another day, or when the file cannot be had.
 */
async function precomputedView(early: Promise<PrecomputedFirstView> | null): Promise<SampleView | null> {
  const url = precomputedUrl(document);
  if (TODAY !== SAMPLE_DATE || (!early && !url)) return null;
  try {
    const view = await (early ?? fetchPrecomputed(url ?? ''));
    if (view.today !== TODAY) return null;
    return { loaded: view.loaded, plain: makeSample, grid: view.grid };
  } catch {
    // Not served, or not readable: the worker makes the first view instead, below.
    return null;
  }
}

/** The first view of the sample: computed ahead, else made by a worker, else by this page. */
async function sampleParts(): Promise<SampleView> {
  const early = window.kiDemoFirstView?.today === TODAY ? window.kiDemoFirstView : undefined;
  window.kiDemoFirstView = undefined;
  const ahead = await precomputedView(early?.kind === 'precomputed' ? early.view : null);
  if (ahead) return ahead;
  const url = sampleWorkerUrl(document);
  const inWorker =
    early?.kind === 'worker'
      ? early.parts
      : typeof Worker === 'function' && url
        ? firstViewInWorker(url, TODAY)
        : null;
  const made = async (parts: FirstViewParts): Promise<SampleView> => {
    // The book's code arrives while the worker makes the book.
    const [part, { PlainBook }] = await Promise.all([parts.book, loadPlainBook()]);
    return { loaded: part.loaded, plain: new PlainBook(part.book), grid: parts.grid };
  };
  if (inWorker) {
    try {
      return await made(inWorker);
    } catch {
      // The worker failed to load or to answer: the page makes the view itself, below.
    }
  }
  return made(pageParts());
}

interface Loaded {
  workbook: DemoWorkbook;
  book: ObservedBook;
  /** The pane's first read, which the worker or the build made already (the sample's first view). */
  firstLoad?: LoadedLedger;
  /** The grid with the workbook (the sample's first view), at hand or on its way: not read again. */
  grid?: GridSheet[] | Promise<GridSheet[]>;
  /** Bumped per workbook, so the pane starts afresh on a new one. */
  id: number;
  /** The sample (the header says as of which day), not a file the visitor opened. */
  sample: boolean;
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
  // A first change or download waiting for the sample's workbook (the worker's book, then ExcelJS).
  const [preparing, setPreparing] = useState(false);
  const nextId = useRef(1);

  const adopt = useCallback((workbook: DemoWorkbook, first?: Pick<SampleView, 'loaded' | 'grid'>) => {
    const book = new ObservedBook(workbook.book);
    setLoaded({
      workbook,
      book,
      firstLoad: first?.loaded,
      grid: first?.grid,
      id: nextId.current++,
      sample: !!first,
    });
    // A grid at hand draws in the same commit as the pane.
    if (Array.isArray(first?.grid)) {
      performance.mark('demo:grid-received');
      setSheets(first.grid);
    }
  }, []);

  const loadSample = useCallback(async () => {
    setBusy(true);
    try {
      const first = await sampleParts();
      performance.mark('demo:book-received');
      adopt(demoWorkbookOf(first.plain, loadWorkbookModule), first);
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

  // The grid re-reads the workbook after every change the pane makes; the sample's first grid comes
  // from the worker, unless a change came first.
  useEffect(() => {
    if (!loaded) return undefined;
    let stale = false;
    let changed = false;
    const run = () => {
      // The sample's book may still be on its way from the worker: the grid reads it cell by cell.
      Promise.all([loadGridModel(), loaded.workbook.ready?.()])
        .then(([m]) => m.gridOf(loaded.workbook.book, TODAY))
        .then(
          (sheets) => {
            if (!stale) setSheets(sheets);
          },
          (e: unknown) => {
            if (!stale) setStatus({ kind: 'error', text: messageOf(e) });
          },
        );
    };
    // The sample's book, for edits and downloads, is made once the first view is on screen:
    // before, its build would compete with drawing it (a first change waits for it anyway).
    const afterFirstView = () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!stale) loaded.workbook.ready?.().catch(() => undefined);
        }),
      );
    const grid = loaded.grid;
    if (Array.isArray(grid)) afterFirstView();
    else if (grid)
      grid.then(
        (first) => {
          if (stale || changed) return;
          performance.mark('demo:grid-received');
          setSheets(first);
          afterFirstView();
        },
        () => {
          if (!stale && !changed) run();
        },
      );
    else run();
    const off = loaded.book.onChange(() => {
      changed = true;
      run();
    });
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
    setPreparing(false);
    return loaded?.workbook.onPreparing?.(setPreparing);
  }, [loaded]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The same element while the pane's inputs stay the same, so React leaves the pane alone when
  // the grid changes: the sample's grid arrives after the pane is drawn, and must not draw it again.
  const pane = useMemo(
    () => (backend && loaded ? <App key={loaded.id} backend={backend} firstLoad={loaded.firstLoad} /> : null),
    [backend, loaded],
  );

  return (
    <div className="demo">
      <header className="demo-bar">
        <div>
          <h1>
            {t.title} <span className="muted">— {t.subtitle}</span>
          </h1>
          {!loaded || loaded.sample ? <p className="demo-asof">{t.sampleAsOf(TODAY)}</p> : null}
        </div>
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
      {preparing ? (
        <p className="demo-status" role="status">
          {t.preparing}
        </p>
      ) : null}
      {status ? (
        <p className={`demo-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
      {/* No <main> here: the pane has its own, and a page has one. */}
      <div className="demo-main">
        <section className="demo-pane" aria-label={t.pane} aria-busy={preparing}>
          {pane ?? (
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
  performance.mark('demo:script-ran');
  createRoot(root).render(
    <StrictMode>
      <Demo />
    </StrictMode>,
  );
}
