/**
 * JSON for a terminal and a script at once. The terminal filter (terminalText) would turn a bidi
 * override or a C1 control typed in a customer's name into U+FFFD, so a script would read a name
 * the person never typed. Escaping those characters the JSON way (\u202e) leaves nothing for the
 * filter to touch, keeps the text valid JSON, and a parser gets back exactly what was typed.
 * JSON.stringify already escapes C0 controls (ESC, CR); this adds the rest the filter knows, and
 * the noncharacters U+FFFE/U+FFFF, which some tools refuse raw.
 */

// What terminalText.UNSAFE matches beyond C0 (JSON.stringify escapes that), plus the noncharacters.
// Outside strings JSON text is ASCII, so every match is inside a string, where \uXXXX is valid.
const ESCAPE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    ESCAPE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
