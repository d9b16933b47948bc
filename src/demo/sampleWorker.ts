/**
 * The worker that makes the demo's first view (firstView.ts) while the page's own script loads and
 * runs: the sample's build and the reads the pane and the grid make of it cost more than the page's
 * whole start, and here they run beside it instead of after it. It answers one request and is done.
 */
import { isIsoDate } from '../domain/dates';
import { firstView } from './firstView';
import type { FirstViewReply, FirstViewRequest } from './workerClient';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<FirstViewRequest>) => void): void;
  postMessage(reply: FirstViewReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (e) => {
  const { today } = e.data;
  if (!isIsoDate(today)) {
    scope.postMessage({ ok: false, message: `not a date: ${String(today)}` });
    return;
  }
  firstView(today).then(
    (view) => scope.postMessage({ ok: true, view }),
    (err: unknown) =>
      scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
});
