/**
 * Topic texts are written in Markdown but only use `inline code`. Splitting on backticks lets the
 * page render that as <code> through React (which escapes everything), with no HTML parsing at all.
 */

export interface TextRun {
  text: string;
  code: boolean;
}

/** An unpaired backtick is kept as plain text rather than swallowing the rest of the string. */
export function splitInlineCode(source: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: source.slice(last, match.index), code: false });
    runs.push({ text: match[1] ?? '', code: true });
    last = match.index + match[0].length;
  }
  if (last < source.length) runs.push({ text: source.slice(last), code: false });
  return runs;
}
