/**
 * The ribbon's notice that the statutory interest table may be outdated: the same check as the
 * CLI's `check` and the pane's Vandaag (ratesOutdated), with how a person adds a rate. Interest
 * past the table's last half-year is computed at the last known rate, so a refresh still runs;
 * the notice only says a newer rate may be missing.
 */
import type { IsoDate } from '../domain/dates';
import type { CommandLanguage } from './commands';

export interface RatesNotice {
  /** The last day the rate table (built-in plus the workbook's own rows) covers. */
  knownUntil: IsoDate;
  /** The sheet of the settings table, under the name it has in this workbook. */
  settingsSheet: string;
}

export function ratesNote(notice: RatesNotice, language: CommandLanguage): string {
  const { knownUntil, settingsSheet } = notice;
  const keys = 'rate.N.kind, rate.N.from, rate.N.percent';
  return language === 'nl'
    ? `Let op: de wettelijke rentes zijn bekend tot en met ${knownUntil}; rente daarna kan verouderd zijn. ` +
        `Voeg elke nieuwe rente (handels- en consumentenrente, per 1 januari of 1 juli) toe op blad ` +
        `"${settingsSheet}" als ${keys} en rate.N.source, of in het taakvenster onder Instellingen.`
    : `Note: statutory interest rates are known through ${knownUntil}; interest after that may be outdated. ` +
        `Add each new rate (commercial and consumer, from 1 January or 1 July) on sheet ` +
        `"${settingsSheet}" as ${keys} and rate.N.source, or in the task pane under Settings.`;
}
