/**
 * Renders a problem statement written in Markdown, with GitHub tables and `$…$` maths typeset by
 * KaTeX. Raw HTML in the source is dropped, never injected; link targets pass react-markdown's URL
 * filter; KaTeX runs untrusted (no \href, \url or HTML extensions) — so a statement cannot run
 * script in the learner's session.
 * @see https://github.com/remarkjs/react-markdown#security
 * @see https://katex.org/docs/options (trust)
 */
import 'katex/dist/katex.min.css';
import ReactMarkdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

const remarkPlugins = [remarkGfm, remarkMath];
// A formula KaTeX cannot parse is shown as its source in red rather than breaking the statement.
const rehypePlugins: Parameters<typeof ReactMarkdown>[0]['rehypePlugins'] = [
  [rehypeKatex, { trust: false, throwOnError: false, strict: 'ignore' }],
];

export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown prose">
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
