/**
 * A whole-number setting outside its allowed range, as a problem the Instellingen reader locates at
 * the cell (the schema would only name the field, in English).
 */
export function rangeProblem(
  value: unknown,
  range: readonly [number, number] | undefined,
): { code: string; nl: string; en: string } | undefined {
  if (!range || typeof value !== 'number' || (value >= range[0] && value <= range[1])) return undefined;
  const [min, max] = range;
  return {
    code: 'out-of-range',
    nl: `verwacht een heel getal van ${min} tot en met ${max}`,
    en: `expected a whole number from ${min} to ${max}`,
  };
}
