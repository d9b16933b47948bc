/**
 * The product's own conditional-format rules carry a marker inside their formula, a text literal
 * that is always TRUE (ISTEXT("KlantInzicht.overdue")), so every host can tell them apart from a
 * person's rule with certainty: a rule of the person's, even with the same formula and range,
 * has no marker and is never replaced. The marker survives Excel, LibreOffice and ExcelJS, which
 * keep a formula's text literals as written.
 */

const PREFIX = 'KlantInzicht.';
const MARKER = /ISTEXT\("KlantInzicht\.([A-Za-z0-9-]+)"\)/;

/** `=X` -> `=AND(ISTEXT("KlantInzicht.<id>"),X)`: the same truth value, recognisable. */
export function markRule(formula: string, id: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(id)) throw new Error(`rule id ${JSON.stringify(id)} is not a plain word`);
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return `=AND(ISTEXT("${PREFIX}${id}"),${body})`;
}

/** The id of the product rule a formula carries, or undefined for any other formula. */
export function ruleMarker(formula: string | null | undefined): string | undefined {
  if (!formula) return undefined;
  return MARKER.exec(formula)?.[1];
}
