/**
 * The worker that makes the demo's first view (firstView.ts) while the page's own script loads and
 * runs: the sample's build and the reads the pane and the grid make of it cost more than the page's
 * whole start, and here they run beside it instead of after it. It answers one request, in two
 * parts (workerClient.ts), and is done. Built as an entry of its own (webpack.config.js), so its
 * code comes in one file rather than chunk after chunk.
 */
import { isIsoDate } from '../domain/dates';
import { firstViewInParts } from './firstView';
import type { FirstViewReply, FirstViewRequest, WorkerTimes } from './workerClient';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<FirstViewRequest>) => void): void;
  postMessage(reply: FirstViewReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const now = () => performance.timeOrigin + performance.now();
// Its script has been fetched and compiled by the time this runs.
const times: WorkerTimes = { started: now() };

scope.addEventListener('message', (e) => {
  const { today } = e.data;
  if (!isIsoDate(today)) {
    scope.postMessage({ kind: 'failed', message: `not a date: ${String(today)}` });
    return;
  }
  firstViewInParts(
    today,
    (part) => scope.postMessage({ kind: 'book', part, times }),
    (step) => (times[step] = now()),
  ).then(
    (sheets) => scope.postMessage({ kind: 'grid', sheets, times: { gridded: now() } }),
    (err: unknown) =>
      scope.postMessage({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
});
