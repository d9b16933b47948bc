/**
 * The demo page's query parameters, read the same way by its first script (start.ts) and by the
 * page itself: ?today=YYYY-MM-DD pins "today" (tests, screenshots), ?lang=en starts in English.
 */
import { isIsoDate, isoDate, type IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';

/**
 * The day the demo's sample stands on when no ?today= is given. The sample is not a pure date
 * shift of itself (invoice numbers carry the year, descriptions the month, the Overzicht groups by
 * calendar month), so its first view can be computed ahead (the build's demo-first-view.json) only
 * for one day: this one, which the page names in its header.
 */
export const SAMPLE_DATE: IsoDate = isoDate('2026-11-22');

export function demoToday(search: string): IsoDate {
  const pinned = new URLSearchParams(search).get('today');
  return pinned && isIsoDate(pinned) ? pinned : SAMPLE_DATE;
}

export function demoLanguage(search: string): Language {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'nl';
}
