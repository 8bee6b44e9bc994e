/**
 * A one-line progress bar on stderr, redrawn in place on a terminal; `progressLine(0, 0, '')` clears
 * it. Off a terminal (CI logs, pipes) it prints nothing, so logs hold only the results.
 */
export function progressLine(done: number, total: number, label: string): string {
  if (!process.stderr.isTTY) return '';
  if (total === 0) return '\r\x1b[2K';
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`;
}
