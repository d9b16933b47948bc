/**
 * The demo page's first script, small so that it runs at once, inline in the page. On the sample's
 * fixed date it fetches the first view the build computed (demo-first-view.json); for another day
 * (?today=) it sets a worker making the whole first view (workerClient.ts). Either way the work
 * runs while the browser still fetches, compiles and runs the page's own, much larger script
 * (main.tsx), which picks the answer up.
 */
import { demoToday, SAMPLE_DATE } from './params';
import {
  fetchPrecomputed,
  firstViewInWorker,
  precomputedUrl,
  sampleWorkerUrl,
  type EarlyFirstView,
} from './workerClient';

declare global {
  interface Window {
    /** The first view on its way, for main.tsx to take. */
    kiDemoFirstView?: EarlyFirstView;
  }
}

// Whoever takes it handles a failure; until then an early failure is not an unhandled one.
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

const url = sampleWorkerUrl(document);
const precomputed = precomputedUrl(document);
const today = demoToday(window.location.search);
if (today === SAMPLE_DATE && precomputed) {
  window.kiDemoFirstView = { kind: 'precomputed', today, view: quiet(fetchPrecomputed(precomputed)) };
} else if (typeof Worker === 'function' && url) {
  // The marks let bench/frontend.bench.mjs say where the first view's time goes.
  performance.mark('demo:worker-asked');
  const parts = firstViewInWorker(url, today);
  quiet(parts.book);
  quiet(parts.grid);
  window.kiDemoFirstView = { kind: 'worker', today, parts };
}
