/**
 * The demo page's first script, small so that it runs at once: it sets the worker making the first
 * view (workerClient.ts) to work, so the sample is built while the browser still compiles and runs
 * the page's own, much larger script (main.tsx), which picks the answer up.
 */
import type { FirstView } from './firstView';
import { demoToday } from './params';
import { firstViewInWorker } from './workerClient';

declare global {
  interface Window {
    /** The first view on its way, for main.tsx to take; absent when workers are not available. */
    kiDemoFirstView?: Promise<FirstView>;
  }
}

if (typeof Worker === 'function') {
  // The marks let bench/frontend.bench.mjs say where the first view's time goes.
  performance.mark('demo:worker-asked');
  const early = firstViewInWorker(demoToday(window.location.search));
  // Whoever takes it handles a failure; until then an early failure is not an unhandled one.
  early.then(
    () => performance.mark('demo:worker-answered'),
    () => undefined,
  );
  window.kiDemoFirstView = early;
}
