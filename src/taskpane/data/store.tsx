/**
 * The pane's one store: loads the ledger once through the workbook operations, derives the views
 * (memoised on ledger and today) and re-reads after every write. React context + useReducer; no
 * state library.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { IsoDate } from '../../domain/dates';
import type { Ledger } from '../../domain/model';
import type { Book } from '../../workbook/book';
import type { PaneBackend } from '../backend';
import { derive, type Derived } from './derive';
import type { LoadedLedger, PaneOperations } from './operations';
import type { Messages } from '../i18n/nl';

type LoadState =
  | { kind: 'loading'; previous?: LoadedLedger }
  | { kind: 'ready'; loaded: LoadedLedger }
  | { kind: 'failed'; error: unknown; previous?: LoadedLedger };

type Action =
  { type: 'start' } | { type: 'loaded'; loaded: LoadedLedger } | { type: 'failed'; error: unknown };

function previousOf(state: LoadState): LoadedLedger | undefined {
  return state.kind === 'ready' ? state.loaded : state.previous;
}

function reducer(state: LoadState, action: Action): LoadState {
  switch (action.type) {
    case 'start':
      return { kind: 'loading', previous: previousOf(state) };
    case 'loaded':
      return { kind: 'ready', loaded: action.loaded };
    case 'failed':
      return { kind: 'failed', error: action.error, previous: previousOf(state) };
  }
}

export interface PaneStore {
  backend: PaneBackend;
  ops: PaneOperations;
  today: IsoDate;
  load: LoadState;
  /** The last ledger read (kept while re-reading, so views do not flash). */
  loaded: LoadedLedger | undefined;
  ledger: Ledger | undefined;
  derived: Derived | undefined;
  reload(): Promise<void>;
  /** Runs one write against the book, then re-reads. Rejects with the write's error. */
  write(run: (ops: PaneOperations, book: Book) => Promise<void>): Promise<void>;
}

const StoreContext = createContext<PaneStore | null>(null);

export function StoreProvider({
  backend,
  ops,
  firstLoad,
  children,
}: {
  backend: PaneBackend;
  ops: PaneOperations;
  /**
   * The first read's answer when the caller has it already (the demo's, which the build computed):
   * the pane starts ready with it, so its first view draws in the same commit as its frame.
   */
  firstLoad?: LoadedLedger;
  children: ReactNode;
}) {
  const [load, dispatch] = useReducer(reducer, firstLoad, (first): LoadState =>
    first ? { kind: 'ready', loaded: first } : { kind: 'loading' },
  );
  // With a first answer at hand the mount reads nothing; every later read (a write, a reload, a
  // new backend) goes to the book.
  const answered = useRef(firstLoad !== undefined);
  // "Today" is read once, at the UI edge; a pane left open overnight re-reads it on reload.
  const [today, setToday] = useState(() => backend.today());
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    dispatch({ type: 'start' });
    setToday(backend.today());
    try {
      const loaded = await ops.loadLedger(backend.book);
      if (mine === generation.current) dispatch({ type: 'loaded', loaded });
    } catch (error) {
      if (mine === generation.current) dispatch({ type: 'failed', error });
    }
  }, [backend, ops]);

  useEffect(() => {
    if (answered.current) answered.current = false;
    else void reload();
  }, [reload]);

  const write = useCallback(
    async (run: (ops: PaneOperations, book: Book) => Promise<void>) => {
      await run(ops, backend.book);
      await reload();
    },
    [backend, ops, reload],
  );

  const loaded = load.kind === 'ready' ? load.loaded : load.previous;
  const ledger = loaded?.ledger;
  const derived = useMemo(() => (ledger ? derive(ledger, today) : undefined), [ledger, today]);
  const value = useMemo<PaneStore>(
    () => ({ backend, ops, today, load, loaded, ledger, derived, reload, write }),
    [backend, ops, today, load, loaded, ledger, derived, reload, write],
  );
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useStore(): PaneStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}

/** A result message; a function of the catalogue when it should follow a language switch the write itself made. */
export type WriteMessage = string | ((t: Messages) => string);

export type WriteState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: WriteMessage }
  | { kind: 'failed'; error: unknown };

/**
 * A form's write: progress, the result message, and the error kept beside the form (whose input
 * stays as typed, because the form owns it and only clears it on success).
 */
export function useWrite() {
  const { write } = useStore();
  const [state, setState] = useState<WriteState>({ kind: 'idle' });
  const run = useCallback(
    async (
      fn: (ops: PaneOperations, book: Book) => Promise<void>,
      message: WriteMessage,
    ): Promise<boolean> => {
      setState({ kind: 'busy' });
      try {
        await write(fn);
        setState({ kind: 'done', message });
        return true;
      } catch (error) {
        setState({ kind: 'failed', error });
        return false;
      }
    },
    [write],
  );
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, reset, busy: state.kind === 'busy' };
}
