/**
 * The line the ribbon and the pane's sort button add on the person's own columns that carry a
 * product name ("Volgorde", "Status"): the sort left them as they were, and the product wrote its
 * own column beside them. Without it a person sees an unchanged column after "Sorteer werkmap" and
 * thinks the product failed. Only columns not yet recorded as theirs: a recorded choice is no news.
 */
import type { Language } from '../domain/model';
import type { RefreshResult } from './operations/refresh';

export interface YoursNotice {
  sheet: string;
  header: string;
  /** The product's own column for the same purpose, when the table has one. */
  own?: string;
}

const MAX_LISTED = 3;

export function yoursNote(yours: readonly YoursNotice[], language: Language): string {
  if (yours.length === 0) return '';
  const nl = language === 'nl';
  const listed = yours.slice(0, MAX_LISTED).map((y) => {
    const own = y.own
      ? nl
        ? ` (het programma schrijft in "${y.own}")`
        : ` (the product writes "${y.own}")`
      : '';
    return `${y.sheet}: "${y.header}"${own}`;
  });
  const more = yours.length - listed.length;
  const tail = more > 0 ? (nl ? ` en nog ${more}` : ` and ${more} more`) : '';
  return nl
    ? `Uw eigen kolom(men) niet aangeraakt: ${listed.join('; ')}${tail}. Overdragen kan in het taakvenster onder Werkmap inrichten.`
    : `Your own column(s) left as they were: ${listed.join('; ')}${tail}. You can hand them over in the task pane under Set up workbook.`;
}

export function unaskedColumns(result: Pick<RefreshResult, 'yours'>): YoursNotice[] {
  return result.yours
    .filter((y) => !y.kept)
    .map((y) => ({ sheet: y.sheet, header: y.header, ...(y.own ? { own: y.own } : {}) }));
}
