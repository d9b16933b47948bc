/**
 * A Book that tells the demo page when the pane changed the workbook, so the grid beside it
 * re-reads after every write. Reads and writes pass straight through.
 */
import type { Book, Change, ReadResult } from '../workbook/book';

export class ObservedBook implements Book {
  private readonly listeners = new Set<() => void>();

  constructor(readonly inner: Book) {}

  read(tableNames: readonly string[]): Promise<ReadResult> {
    return this.inner.read(tableNames);
  }

  async apply(changes: readonly Change[]): Promise<void> {
    try {
      await this.inner.apply(changes);
    } finally {
      // Also after a failed batch: part of it may have landed, and the grid must show the truth.
      for (const listener of this.listeners) listener();
    }
  }

  /** Calls `listener` after every apply; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
