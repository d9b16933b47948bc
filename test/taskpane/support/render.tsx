import { render, screen, waitFor } from '@testing-library/react';
import type { Ledger } from '../../../src/domain/model';
import { App } from '../../../src/taskpane/App';
import type { PaneBackend } from '../../../src/taskpane/backend';
import type { Route } from '../../../src/taskpane/nav';
import { fakeOperations, testBackend } from './fakeOperations';

/** Mounts the pane over fake operations and waits for the first read. */
export async function renderPane(
  ledger: Ledger,
  route?: Route,
  backend: Partial<PaneBackend> = {},
  failWith?: Error,
) {
  const fake = fakeOperations(ledger, failWith ? { failWith } : {});
  const utils = render(<App backend={testBackend(backend)} operations={fake.ops} initialRoute={route} />);
  // The heading of the view appears once the ledger has been read, and takes the focus; a test
  // that types before that could lose its keystrokes to the heading.
  const heading = await screen.findByRole('heading', { level: 2 });
  await waitFor(() => expect(document.activeElement).toBe(heading));
  return { ...utils, fake };
}
