/** The one progress line of a long command: redrawn in place on a terminal, a line per step elsewhere. */
export type Progress = (text: string) => void;

export function progressLine(stream: NodeJS.WriteStream = process.stderr): Progress & { done(): void } {
  let last = '';
  const show = (text: string) => {
    if (text === last) return;
    last = text;
    if (stream.isTTY) stream.write(`\r\x1b[2K${text}`);
    else stream.write(`${text}\n`);
  };
  return Object.assign(show, {
    done() {
      if (stream.isTTY && last !== '') stream.write('\n');
    },
  });
}
