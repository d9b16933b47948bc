/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { createRoot } from 'react-dom/client';
import { waitFor } from '@testing-library/react';
import { OpenedWithPane, ViewHeading } from '../../../src/taskpane/components/ViewHeading';

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

/**
 * The pane's first view takes the focus only once it is painted (a focus in the commit makes the
 * browser lay out the whole page before its first paint), and not from whatever took it meanwhile.
 */
describe('the view the pane opens with', () => {
  // As in a browser: React schedules the commit and its effects itself, outside act().
  const act = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let before: boolean | undefined;
  beforeEach(() => {
    before = act.IS_REACT_ACT_ENVIRONMENT;
    act.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    act.IS_REACT_ACT_ENVIRONMENT = before;
  });

  const firstView = (host: HTMLElement) => {
    const root = createRoot(host);
    root.render(
      <OpenedWithPane.Provider value={true}>
        <ViewHeading>Vandaag</ViewHeading>
      </OpenedWithPane.Provider>,
    );
    return root;
  };

  test('takes the focus once it is shown, when nothing has it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = firstView(host);
    try {
      await waitFor(() => expect(document.activeElement).toBe(host.querySelector('h2')));
    } finally {
      root.unmount();
      host.remove();
    }
  });

  test('leaves the focus where a person put it before then', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    const host = document.createElement('div');
    document.body.append(host);
    const root = firstView(host);
    try {
      await waitFor(() => expect(host.querySelector('h2')).not.toBeNull());
      field.focus();
      // Two frames and a task: past the moment the heading would have taken it.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(document.activeElement).toBe(field);
    } finally {
      root.unmount();
      host.remove();
      field.remove();
    }
  });
});
