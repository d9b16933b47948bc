/**
 * The demo page's query parameters, read the same way by its first script (start.ts) and by the
 * page itself: ?today=YYYY-MM-DD pins "today" (tests, screenshots), ?lang=en starts in English.
 */
import { isIsoDate, type IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';
import { localToday } from '../taskpane/backend';

export function demoToday(search: string): IsoDate {
  const pinned = new URLSearchParams(search).get('today');
  return pinned && isIsoDate(pinned) ? pinned : localToday();
}

export function demoLanguage(search: string): Language {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'nl';
}
