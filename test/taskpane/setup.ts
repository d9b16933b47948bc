/**
 * What jsdom lacks and Fluent UI v9 touches. Imported at the top of each pane test; the lead may
 * move it to jest.config.js setupFiles for *.test.tsx instead.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

import { deserialize, serialize } from 'node:v8';

// jsdom has no structuredClone; the in-memory Book (test/support) uses it.
if (typeof globalThis.structuredClone !== 'function') {
  (globalThis as { structuredClone: <T>(v: T) => T }).structuredClone = <T>(v: T): T =>
    deserialize(serialize(v)) as T;
}

if (typeof window !== 'undefined') {
  const w = window as unknown as Record<string, unknown>;
  if (!('ResizeObserver' in w)) w.ResizeObserver = NoopResizeObserver;
  if (typeof window.matchMedia !== 'function') {
    w.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView)
    Element.prototype.scrollIntoView = () => undefined;
}
