/**
 * Asks a worker (sampleWorker.ts, built as one file of its own so it arrives in one request) for
 * the demo's sample. For a day the build has no first view of, it answers the whole first view,
 * twice: the pane's part (the book and its first load), then the grid. For the sample's fixed
 * date the page draws the first view computed ahead, and the worker only builds the book, for
 * edits, downloads and the grid after a change. Answers arrive as structured clones: plain data,
 * which the page turns back into a PlainBook.
 */
import type { IsoDate } from '../domain/dates';
import type { FirstBook } from './firstView';
import type { PrecomputedFirstView } from './firstViewData';
import type { GridSheet } from './gridModel';
import type { PlainState } from './plainBook';

export interface FirstViewRequest {
  today: IsoDate;
  /** The whole first view, or only the sample's book (its first view is at hand). */
  want: 'first-view' | 'book';
}

/**
 * When the worker reached each step, as absolute times (timeOrigin + now: a worker's clock starts
 * at its own origin), so the page can mark them on its timeline for bench/frontend.bench.mjs.
 */
export type WorkerTimes = Record<string, number>;

export type FirstViewReply =
  | { kind: 'book'; part: FirstBook; times: WorkerTimes }
  | { kind: 'grid'; sheets: GridSheet[]; times: WorkerTimes }
  | { kind: 'sample'; book: PlainState; times: WorkerTimes }
  | { kind: 'failed'; message: string };

/** The worker's steps as marks on the page's timeline ("demo:worker-<step>"). */
function markTimes(times: WorkerTimes): void {
  for (const [step, at] of Object.entries(times)) {
    const startTime = at - performance.timeOrigin;
    if (startTime >= 0) performance.mark(`demo:worker-${step}`, { startTime });
  }
}

/** The first view on its way, in the two parts the worker answers with. */
export interface FirstViewParts {
  book: Promise<FirstBook>;
  grid: Promise<GridSheet[]>;
}

/** What start.ts set going, for main.tsx to take: the worker's first view, or the one fetched. */
export type EarlyFirstView =
  | { kind: 'worker'; today: IsoDate; parts: FirstViewParts }
  | { kind: 'precomputed'; today: IsoDate; view: Promise<PrecomputedFirstView> };

/** The address of the worker's script, which the page names (demo.html, from the build). */
export function sampleWorkerUrl(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="ki-sample-worker"]')?.content || null;
}

/** The address of the first view the build computed for the sample's fixed date. */
export function precomputedUrl(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="ki-first-view"]')?.content || null;
}

export function fetchPrecomputed(url: string): Promise<PrecomputedFirstView> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json() as Promise<PrecomputedFirstView>;
  });
}

/** A worker answering `request`; `settle` hears each reply, and false ends the worker. */
function askWorker(
  url: string,
  request: FirstViewRequest,
  settle: (reply: FirstViewReply) => boolean,
  fail: (e: Error) => void,
): void {
  const worker = new Worker(url);
  worker.addEventListener('message', (e: MessageEvent<FirstViewReply>) => {
    const reply = e.data;
    if (reply.kind === 'failed') fail(new Error(reply.message));
    else if (settle(reply)) return;
    worker.terminate();
  });
  worker.addEventListener('error', (e) => {
    worker.terminate();
    fail(new Error(e.message || 'the sample could not be made'));
  });
  worker.postMessage(request);
}

export function firstViewInWorker(url: string, today: IsoDate): FirstViewParts {
  let bookPart: (p: FirstBook) => void = () => undefined;
  let gridPart: (s: GridSheet[]) => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const book = new Promise<FirstBook>((resolve, reject) => {
    bookPart = resolve;
    fail = reject;
  });
  const grid = new Promise<GridSheet[]>((resolve, reject) => {
    gridPart = resolve;
    const failBook = fail;
    fail = (e) => {
      failBook(e);
      reject(e);
    };
  });
  askWorker(
    url,
    { today, want: 'first-view' },
    (reply) => {
      if (reply.kind === 'book') {
        markTimes(reply.times);
        bookPart(reply.part);
        return true;
      }
      if (reply.kind === 'grid') {
        markTimes(reply.times);
        gridPart(reply.sheets);
      } else fail(new Error(`unexpected answer: ${reply.kind}`));
      return false;
    },
    (e) => fail(e),
  );
  return { book, grid };
}

/** The sample's book alone, built in a worker (its first view is drawn from elsewhere). */
export function sampleInWorker(url: string, today: IsoDate): Promise<PlainState> {
  return new Promise<PlainState>((resolve, reject) =>
    askWorker(
      url,
      { today, want: 'book' },
      (reply) => {
        if (reply.kind === 'sample') {
          markTimes(reply.times);
          resolve(reply.book);
        } else reject(new Error(`unexpected answer: ${reply.kind}`));
        return false;
      },
      reject,
    ),
  );
}
