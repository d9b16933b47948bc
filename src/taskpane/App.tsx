/**
 * The task pane: theme, language, the store, a compact navigation for a 320–450 px pane, and the
 * current view inside an error boundary. The demo page mounts this same component.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { PaneBackend } from './backend';
import type { LoadedLedger, PaneOperations } from './data/operations';
import { StoreProvider, useStore, useWrite } from './data/store';
import { I18nProvider, languageFor, loadViewTexts, useT } from './i18n';
import { NavContext, PRIMARY_VIEWS, SECONDARY_VIEWS, useNav, type Route, type ViewId } from './nav';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorBar, preloadErrorTexts } from './components/ErrorBar';
import { WriteStatus } from './components/WriteStatus';
import { HeadingAction, OpenedWithPane } from './components/ViewHeading';
import { useTheme } from './components/theme';
import { TodayView } from './views/Today';

// "Vandaag" is the first view and ships in the entry chunk; the others load when first opened,
// with the later views' Dutch texts, which keeps what the pane downloads before it shows anything
// small. The Suspense around the current view shows a spinner meanwhile.
function lazyView<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => Promise.all([load(), loadViewTexts()]).then(([m]) => ({ default: m[name] })));
}
const OverviewView = lazyView(() => import('./views/Overview'), 'OverviewView');
const InvoicesView = lazyView(() => import('./views/Invoices'), 'InvoicesView');
const CustomerView = lazyView(() => import('./views/Customer'), 'CustomerView');
const NewInvoiceView = lazyView(() => import('./views/NewInvoice'), 'NewInvoiceView');
const PaymentView = lazyView(() => import('./views/Payment'), 'PaymentView');
const BankImportView = lazyView(() => import('./views/BankImport'), 'BankImportView');
const ImportInvoicesView = lazyView(() => import('./views/ImportInvoices'), 'ImportInvoicesView');
const DisputeView = lazyView(() => import('./views/Dispute'), 'DisputeView');
const ArrangementView = lazyView(() => import('./views/Arrangement'), 'ArrangementView');
const ReminderView = lazyView(() => import('./views/Reminder'), 'ReminderView');
const SettingsView = lazyView(() => import('./views/Settings'), 'SettingsView');
const RepairView = lazyView(() => import('./views/Repair'), 'RepairView');
const SetupView = lazyView(() => import('./views/Setup'), 'SetupView');
import { workbookOperations } from './data/workbookOperations';

export interface AppProps {
  backend: PaneBackend;
  /** The workbook operations; the real ones by default (tests may pass others). */
  operations?: PaneOperations;
  /** The first view (default "Vandaag"). */
  initialRoute?: Route;
  /** The first read's answer, when it is at hand (the demo's sample): the pane starts with it. */
  firstLoad?: LoadedLedger;
}

const useStyles = makeStyles({
  // A container: the header answers the pane's width (320 px in Excel at its narrowest), also in the demo.
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    containerType: 'inline-size',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingRight: tokens.spacingHorizontalXS,
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    zIndex: 1,
  },
  tabs: { flexGrow: 1, flexShrink: 1, minWidth: 0, overflowX: 'auto' },
  moreButton: { minWidth: 'auto', flexShrink: 0 },
  // Below ~340 px the four tabs and "Meer ▾" do not fit: the word goes, the arrow and the label stay.
  moreText: { '@container (max-width: 339px)': { display: 'none' } },
  more: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  actionStatus: { flexBasis: '100%' },
});

export function App({ backend, operations = workbookOperations, initialRoute, firstLoad }: AppProps) {
  return (
    <StoreProvider backend={backend} ops={operations} firstLoad={firstLoad}>
      <Shell initialRoute={initialRoute} />
    </StoreProvider>
  );
}

function Shell({ initialRoute }: { initialRoute?: Route }) {
  const { backend, ledger } = useStore();
  const language = languageFor(backend.displayLanguage, ledger?.settings.uiLanguage);
  const theme = useTheme(backend.theme);
  if (!theme) return null;
  return (
    <I18nProvider language={language}>
      <FluentProvider theme={theme} lang={language}>
        <Frame initialRoute={initialRoute} />
      </FluentProvider>
    </I18nProvider>
  );
}

function Frame({ initialRoute }: { initialRoute?: Route }) {
  const { t } = useT();
  const { reload, load } = useStore();
  const styles = useStyles();
  const [route, setRoute] = useState<Route>(initialRoute ?? { view: 'today' });
  // Once the first read is done (not during it: it would share the line with the read): a later
  // error should not wait for its texts' download. A failed read's error bar fetches them itself.
  const reading = load.kind === 'loading';
  useEffect(() => {
    if (!reading) preloadErrorTexts();
  }, [reading]);
  // Every navigation gets a fresh key, so a view re-mounts (fresh form, heading focused) even
  // when the same view is chosen again with another invoice.
  const [visit, setVisit] = useState(0);
  const [moreOpen, setMoreOpen] = useState(false);
  const moreRef = useRef<HTMLButtonElement>(null);
  const go = useCallback((r: Route) => {
    setRoute(r);
    setVisit((v) => v + 1);
    setMoreOpen(false);
  }, []);
  const nav = useMemo(() => ({ route, go }), [route, go]);
  const selected: ViewId | undefined = PRIMARY_VIEWS.includes(route.view) ? route.view : undefined;
  return (
    <NavContext.Provider value={nav}>
      <div className={styles.root}>
        <header className={styles.header}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={selected ?? null}
            onTabSelect={(_, d) => go({ view: d.value as ViewId })}
            aria-label={t.app.navLabel}
          >
            {PRIMARY_VIEWS.map((v) => (
              <Tab key={v} value={v}>
                {v === 'customer' ? t.common.customer : t.views[v]}
              </Tab>
            ))}
          </TabList>
          <Button
            ref={moreRef}
            size="small"
            className={styles.moreButton}
            appearance={selected ? 'subtle' : 'secondary'}
            aria-label={t.app.moreMenu}
            aria-expanded={moreOpen}
            aria-controls="more-nav"
            onClick={() => setMoreOpen((o) => !o)}
          >
            <span className={styles.moreText}>{t.app.moreLabel} </span>
            {moreOpen ? '▴' : '▾'}
          </Button>
        </header>
        {/* A disclosure rather than a popup menu: lighter, and plain buttons in tab order. */}
        {moreOpen && (
          <nav
            id="more-nav"
            aria-label={t.app.moreMenu}
            className={styles.more}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setMoreOpen(false);
                moreRef.current?.focus();
              }
            }}
          >
            {SECONDARY_VIEWS.map((v) => (
              <Button
                key={v}
                size="small"
                appearance={route.view === v ? 'primary' : 'subtle'}
                aria-current={route.view === v ? 'page' : undefined}
                onClick={() => go({ view: v })}
              >
                {t.views[v]}
              </Button>
            ))}
            {/* What a person typed in the sheets since the last read shows after this. */}
            <Button
              size="small"
              appearance="subtle"
              onClick={() => {
                setMoreOpen(false);
                void reload();
              }}
            >
              {t.app.reload}
            </Button>
          </nav>
        )}
        <main className={styles.main}>
          <LoadBanner />
          <ErrorBoundary
            key={visit}
            title={t.app.crashTitle}
            action={t.app.crashAction}
            retryLabel={t.app.retry}
            resetKey={`${route.view}:${visit}`}
          >
            <SortAction>
              <ViewGate view={route.view}>
                <Suspense fallback={<Spinner size="tiny" label={t.app.loading} />}>
                  <OpenedWithPane.Provider value={visit === 0}>
                    <CurrentView key={visit} view={route.view} />
                  </OpenedWithPane.Provider>
                </Suspense>
              </ViewGate>
            </SortAction>
          </ErrorBoundary>
        </main>
      </div>
    </NavContext.Provider>
  );
}

/** Loading, a failed read, rows that could not be read, a workbook not yet set up, and the refresh action. */
function LoadBanner() {
  const { t, f } = useT();
  const { load, loaded, reload } = useStore();
  const { route, go } = useNav();
  const problems = loaded?.problems ?? [];
  return (
    <>
      {load.kind === 'loading' && <Spinner size="tiny" label={t.app.loading} />}
      {load.kind === 'failed' && (
        <>
          <ErrorBar title={t.app.loadFailed} error={load.error} action={t.app.loadFailedAction} />
          <div>
            <Button onClick={() => void reload()}>{t.app.reload}</Button>
          </div>
        </>
      )}
      {loaded && loaded.missingParts.length > 0 && route.view !== 'setup' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.app.needsSetup}</MessageBarTitle>
            {t.app.needsSetupAction}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => go({ view: 'setup' })}>
              {t.app.goSetup}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.app.rowProblems(problems.length)}</MessageBarTitle>
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {problems.slice(0, 5).map((p, i) => (
                <li key={i}>
                  {[
                    p.sheet ?? p.table,
                    p.row !== undefined ? `${f.language === 'nl' ? 'rij' : 'row'} ${p.row}` : undefined,
                    p.column,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                  {': '}
                  {typeof p.message === 'string' ? p.message : p.message[f.language]}
                </li>
              ))}
            </ul>
            {t.app.rowProblemsAction}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/**
 * "Sorteer werkmap" on the heading's line of Vandaag, where a person looks for what the view can
 * do. Its state lives in the frame, so the result stays on screen while the view re-reads.
 */
function useSortAction(refresh: ReturnType<typeof useWrite>): ReactNode {
  const { t, f } = useT();
  const { loaded, today } = useStore();
  const { route } = useNav();
  const styles = useStyles();
  if (!loaded || loaded.missingParts.length > 0 || route.view !== 'today') return null;
  return (
    <>
      <Button
        size="small"
        disabled={refresh.busy}
        onClick={() => {
          // The note on the person's columns loads with the answer: it is rarely needed.
          let note = '';
          void refresh.run(
            async (ops, book) => {
              const yours = await ops.refreshAndSort(book, { today, language: f.language });
              if (yours.length > 0)
                note = (await import('../workbook/yoursNote')).yoursNote(yours, f.language);
            },
            (m) => (note ? `${m.app.refreshSortDone} ${note}` : m.app.refreshSortDone),
          );
        }}
      >
        {t.app.refreshSort}
      </Button>
      {refresh.state.kind !== 'idle' && (
        <div className={styles.actionStatus}>
          <WriteStatus state={refresh.state} />
        </div>
      )}
    </>
  );
}

function SortAction({ children }: { children: ReactNode }) {
  const refresh = useWrite();
  const action = useSortAction(refresh);
  return <HeadingAction.Provider value={action}>{children}</HeadingAction.Provider>;
}

/** Views need a ledger; before the first read finishes they wait (the banner says why). */
function ViewGate({ view, children }: { view: ViewId; children: ReactNode }) {
  const { loaded } = useStore();
  if (!loaded && view !== 'setup') return null;
  return <>{children}</>;
}

function CurrentView({ view }: { view: ViewId }) {
  switch (view) {
    case 'setup':
      return <SetupView />;
    case 'today':
      return <TodayView />;
    case 'overview':
      return <OverviewView />;
    case 'invoices':
      return <InvoicesView />;
    case 'customer':
      return <CustomerView />;
    case 'newInvoice':
      return <NewInvoiceView />;
    case 'payment':
      return <PaymentView />;
    case 'bankImport':
      return <BankImportView />;
    case 'importInvoices':
      return <ImportInvoicesView />;
    case 'dispute':
      return <DisputeView />;
    case 'arrangement':
      return <ArrangementView />;
    case 'reminder':
      return <ReminderView />;
    case 'settings':
      return <SettingsView />;
    case 'repair':
      return <RepairView />;
  }
}
