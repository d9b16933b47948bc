/**
 * Finds a line by what a person reads, across the elements inside it (an invoice number in its
 * own unbreakable span): the innermost element whose whole text matches.
 */
import type { MatcherFunction } from '@testing-library/react';

export function readsAs(expected: string | RegExp): MatcherFunction {
  const matches = (text: string | null | undefined) =>
    text != null && (typeof expected === 'string' ? text === expected : expected.test(text));
  return (_content, element) =>
    element !== null &&
    matches(element.textContent) &&
    !Array.from(element.children).some((child) => matches(child.textContent));
}
