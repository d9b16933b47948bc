/**
 * The demo page's first script, small so that it runs at once, inline in the page. On the sample's
 * fixed date it fetches the first view the build computed (demo-first-view.json); for another day
 * (?today=) it sets a worker making the whole first view (workerClient.ts). Either way the work
 * runs while the browser still fetches, compiles and runs the page's own, much larger script
 * (main.tsx), which picks the answer up.
 */
import { demoLanguage, demoToday, SAMPLE_DATE } from './params';
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

// The first view shows amounts (domain/money formatEuro). The page's first currency format loads
// the browser's number data (about 30 ms on the bench's machine, under 1 ms for each one after it):
// here, while the page's script is still on its way and the page has nothing else to do, rather
// than in the first view's render. After this script, so the page's parsing does not wait for it.
setTimeout(() => {
  const locale = demoLanguage(window.location.search) === 'en' ? 'en-IE' : 'nl-NL';
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(0);
});
