/**
 * The worker that builds the demo's sample (firstView.ts) while the page's own script loads and
 * runs: the sample's build, and for a day without a first view computed ahead the reads the pane
 * and the grid make of it, cost more than the page's whole start, and here they run beside it
 * instead of after it. It answers one request (workerClient.ts) and is done. Built as an entry of
 * its own (webpack.config.js), so its code comes in one file rather than chunk after chunk.
 */
import { isIsoDate } from '../domain/dates';
import { firstViewInParts, plainSample } from './firstView';
import type { FirstViewReply, FirstViewRequest, WorkerTimes } from './workerClient';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<FirstViewRequest>) => void): void;
  postMessage(reply: FirstViewReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const now = () => performance.timeOrigin + performance.now();
// Its script has been fetched and compiled by the time this runs.
const times: WorkerTimes = { started: now() };
const failed = (err: unknown) =>
  scope.postMessage({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });

scope.addEventListener('message', (e) => {
  const { today, want } = e.data;
  if (!isIsoDate(today)) {
    scope.postMessage({ kind: 'failed', message: `not a date: ${String(today)}` });
    return;
  }
  if (want === 'book') {
    plainSample(today).then(
      (book) => scope.postMessage({ kind: 'sample', book: book.state(), times: { ...times, built: now() } }),
      failed,
    );
    return;
  }
  firstViewInParts(
    today,
    (part) => scope.postMessage({ kind: 'book', part, times }),
    (step) => (times[step] = now()),
  ).then((sheets) => scope.postMessage({ kind: 'grid', sheets, times: { gridded: now() } }), failed);
});
