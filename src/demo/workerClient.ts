/**
 * Asks a worker (sampleWorker.ts) for the demo's first view. The answer arrives as a structured
 * clone: plain data, which the page turns back into a PlainBook.
 */
import type { IsoDate } from '../domain/dates';
import type { FirstView } from './firstView';

export interface FirstViewRequest {
  today: IsoDate;
}

export type FirstViewReply = { ok: true; view: FirstView } | { ok: false; message: string };

export function firstViewInWorker(today: IsoDate): Promise<FirstView> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      /* webpackChunkName: "demo-sample-worker" */ new URL('./sampleWorker.ts', import.meta.url),
    );
    worker.addEventListener('message', (e: MessageEvent<FirstViewReply>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.view);
      else reject(new Error(e.data.message));
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the first view could not be made'));
    });
    const request: FirstViewRequest = { today };
    worker.postMessage(request);
  });
}
