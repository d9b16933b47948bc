/**
 * The demo page's first script, small so that it runs at once: it sets the worker making the first
 * view (workerClient.ts) to work, so the sample is built while the browser still compiles and runs
 * the page's own, much larger script (main.tsx), which picks the answer up.
 */
import { demoToday } from './params';
import { firstViewInWorker, sampleWorkerUrl, type FirstViewParts } from './workerClient';

declare global {
  interface Window {
    /** The first view on its way, for main.tsx to take; absent when workers are not available. */
    kiDemoFirstView?: FirstViewParts;
  }
}

const url = sampleWorkerUrl(document);
if (typeof Worker === 'function' && url) {
  // The marks let bench/frontend.bench.mjs say where the first view's time goes.
  performance.mark('demo:worker-asked');
  const early = firstViewInWorker(url, demoToday(window.location.search));
  // Whoever takes them handles a failure; until then an early failure is not an unhandled one.
  early.book.catch(() => undefined);
  early.grid.catch(() => undefined);
  window.kiDemoFirstView = early;
}
