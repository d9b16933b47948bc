/**
 * Finds a line by what a person reads, across the elements inside it (an invoice number in its
 * own unbreakable span): the innermost element whose whole text matches.
 */
import type { MatcherFunction } from '@testing-library/react';

export function readsAs(expected: string | RegExp): MatcherFunction {
  // Whitespace as getByText sees it: runs (no-break spaces in amounts included) read as one space.
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matches = (text: string | null | undefined) =>
    text != null && (typeof expected === 'string' ? plain(text) === expected : expected.test(plain(text)));
  return (_content, element) =>
    element !== null &&
    matches(element.textContent) &&
    !Array.from(element.children).some((child) => matches(child.textContent));
}
