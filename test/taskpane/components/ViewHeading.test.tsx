/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { createRoot } from 'react-dom/client';
import { waitFor } from '@testing-library/react';
import { ViewHeading } from '../../../src/taskpane/components/ViewHeading';

/**
 * The race behind "2026-0006 where 2027-0001 was expected": the heading took the focus in a passive
 * effect, after the view was already on screen, so keystrokes typed into the view's first field at
 * once could land on the heading. The focus must move in the same commit that shows the heading.
 */
test('the heading has the focus the moment it is on screen', async () => {
  const act = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const before = act.IS_REACT_ACT_ENVIRONMENT;
  // A real browser: React schedules the commit and its effects itself, outside act().
  act.IS_REACT_ACT_ENVIRONMENT = false;
  const host = document.createElement('div');
  document.body.append(host);
  const focusWhenShown: (Element | null)[] = [];
  const seen = new MutationObserver(() => {
    if (host.querySelector('h2')) focusWhenShown.push(document.activeElement);
  });
  seen.observe(host, { childList: true, subtree: true });
  const root = createRoot(host);
  try {
    root.render(<ViewHeading>Nieuwe factuur</ViewHeading>);
    await waitFor(() => expect(focusWhenShown.length).toBeGreaterThan(0));
    expect(focusWhenShown[0]).toBe(host.querySelector('h2'));
  } finally {
    seen.disconnect();
    root.unmount();
    host.remove();
    act.IS_REACT_ACT_ENVIRONMENT = before;
  }
});
