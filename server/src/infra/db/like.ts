/** `ILIKE` pattern for "contains this text": `%` and `_` in the text are literal, not wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
