/**
 * Renders a problem statement written in Markdown (GitHub tables, `$math$` shown as code). Raw HTML
 * in the source is dropped, never injected, and link targets pass react-markdown's URL filter, so a
 * statement cannot run script in the learner's session.
 * @see https://github.com/remarkjs/react-markdown#security
 */
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

const plugins = [remarkGfm, remarkMath];

export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown prose">
      <ReactMarkdown remarkPlugins={plugins} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
