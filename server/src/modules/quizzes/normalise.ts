/**
 * How free-text answers and option texts are compared: the same rule decides whether two options are
 * "the same text" when content is checked and whether a learner's short answer matches.
 */

/** Case-folded, trimmed, runs of white space made one space, a trailing period dropped. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '').trimEnd();
}

/**
 * A program's output as the learner compares it: line by line with trailing spaces dropped, and
 * blank lines at the end ignored (a final newline is not part of the answer).
 */
export function normaliseOutput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

/** Whether `given` is within the tolerance of `expected`. */
export function withinTolerance(
  given: number,
  expected: number,
  tolerance: { absolute: number } | { relative: number },
): boolean {
  if (!Number.isFinite(given)) return false;
  const allowed = 'absolute' in tolerance ? tolerance.absolute : Math.abs(expected) * tolerance.relative;
  // A hair of slack for the binary representation of decimal values (0.1 + 0.2).
  return Math.abs(given - expected) <= allowed + Number.EPSILON * Math.max(1, Math.abs(expected));
}
