/**
 * What the task pane runs against: a Book (the Office host inside Excel, the .xlsx host in the
 * demo page) and the clock, read here at the UI edge and passed down as "today".
 */
import { isoDate, type IsoDate } from '../domain/dates';
import type { Book } from '../workbook/book';

type HostKind = 'office' | 'demo';

export interface PaneBackend {
  kind: HostKind;
  book: Book;
  /** Today's date in the user's time zone. */
  today(): IsoDate;
  /** Office's display language (e.g. "nl-NL"), or the browser's in the demo. */
  displayLanguage: string;
  /** Office theme, when the host gives one. */
  theme: 'light' | 'dark';
}

/** Today in the local time zone as YYYY-MM-DD (not toISOString, which is UTC). */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return isoDate(`${y}-${m}-${d}`);
}
