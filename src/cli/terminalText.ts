/**
 * Text on its way to a terminal. Bank names and workbook cells are typed by others: an ESC in one
 * could recolour, move the cursor or retitle the window, a CR could overwrite the line before it
 * (a forged "0 errors"), bidi overrides could reorder what is shown. Every such character becomes
 * U+FFFD, so a person sees that something was there; line feeds and tabs, which our own output
 * uses for layout, stay.
 */

// C0 controls but TAB and LF, DEL, C1 controls, the bidi embeddings/overrides/isolates, and the
// Unicode line and paragraph separators (some terminals break lines on them).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}
