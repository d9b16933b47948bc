/**
 * Asks a worker (sampleWorker.ts, built as one file of its own so it arrives in one request) for
 * the demo's first view. It answers twice: the pane's part (the book and its first load), then
 * the grid. Answers arrive as structured clones: plain data, which the page turns back into a
 * PlainBook.
 */
import type { IsoDate } from '../domain/dates';
import type { FirstBook } from './firstView';
import type { GridSheet } from './gridModel';

export interface FirstViewRequest {
  today: IsoDate;
}

/**
 * When the worker reached each step, as absolute times (timeOrigin + now: a worker's clock starts
 * at its own origin), so the page can mark them on its timeline for bench/frontend.bench.mjs.
 */
export type WorkerTimes = Record<string, number>;

export type FirstViewReply =
  | { kind: 'book'; part: FirstBook; times: WorkerTimes }
  | { kind: 'grid'; sheets: GridSheet[]; times: WorkerTimes }
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

/** The address of the worker's script, which the page names (demo.html, from the build). */
export function sampleWorkerUrl(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="ki-sample-worker"]')?.content || null;
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
  const worker = new Worker(url);
  worker.addEventListener('message', (e: MessageEvent<FirstViewReply>) => {
    const reply = e.data;
    if (reply.kind === 'book') {
      markTimes(reply.times);
      bookPart(reply.part);
    } else if (reply.kind === 'grid') {
      markTimes(reply.times);
      gridPart(reply.sheets);
      worker.terminate();
    } else {
      fail(new Error(reply.message));
      worker.terminate();
    }
  });
  worker.addEventListener('error', (e) => {
    worker.terminate();
    fail(new Error(e.message || 'the first view could not be made'));
  });
  const request: FirstViewRequest = { today };
  worker.postMessage(request);
  return { book, grid };
}
