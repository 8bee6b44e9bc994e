import { splitInlineCode } from '../text/inline-code';

/** Plain text with `inline code` shown as code. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitInlineCode(text).map((run, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: runs never reorder, so their position is a stable key
        run.code ? <code key={index}>{run.text}</code> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}
