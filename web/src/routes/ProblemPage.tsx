/** One problem: the statement, samples and limits beside the editor where it is solved. */
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { useProblem } from '../api/queries';
import type { Problem } from '../api/types';
import { Difficulty } from '../components/Difficulty';
import { EditorialPanel } from '../components/EditorialPanel';
import { ErrorPanel } from '../components/ErrorPanel';
import { Loading } from '../components/Loading';
import { Markdown } from '../components/Markdown';
import { NotFound } from '../components/NotFound';
import { ProblemTopicLinks } from '../components/ProblemTopicLinks';
import { ProblemWorkspace } from '../components/ProblemWorkspace';
import { styleNames } from '../judge/problem-style';

export default function ProblemPage() {
  const { slug = '' } = useParams();
  const problem = useProblem(slug);

  if (problem.isPending) return <Loading label="Loading the problem…" />;
  if (problem.isError) {
    if (problem.error instanceof ApiError && problem.error.status === 404) {
      return (
        <NotFound title="Problem not found">
          There is no problem <code>{slug}</code>. <Link to="/problems">See all problems</Link>.
        </NotFound>
      );
    }
    return (
      <ErrorPanel
        title="Could not load the problem"
        error={problem.error}
        onRetry={() => problem.refetch()}
      />
    );
  }

  const { data } = problem;
  return (
    <article className="problem-page">
      <title>{`${data.title} · Winter Arc`}</title>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/problems">Problems</Link>
      </nav>
      <header className="topic-header">
        <h1>{data.title}</h1>
        <p className="problem-meta">
          <Difficulty level={data.difficulty} />
          <span className="muted small">{styleNames[data.style]}</span>
          {data.interactive && <span className="chip">interactive</span>}
          {data.scoring && <span className="chip">scored</span>}
          {data.tags.map((tag) => (
            <Link key={tag} className="chip" to={`/problems?tag=${encodeURIComponent(tag)}`}>
              {tag}
            </Link>
          ))}
        </p>
        <ProblemTopicLinks topics={data.topics} />
      </header>
      <div className="problem-layout">
        <div className="problem-statement">
          <Markdown source={data.statementMarkdown} />
          <ProblemFacts problem={data} />
          <EditorialPanel slug={data.slug} />
        </div>
        <ProblemWorkspace key={data.slug} problem={data} />
      </div>
    </article>
  );
}

function ProblemFacts({ problem }: { problem: Problem }) {
  const fn = problem.function;
  const cls = problem.class;
  const params = (list: { name: string; type: string }[]) =>
    list.map((param) => `${param.name}: ${param.type}`).join(', ');
  return (
    <>
      {cls !== null && (
        <section aria-labelledby="signature-heading">
          <h2 id="signature-heading">Class</h2>
          <pre className="signature">
            {[
              `class ${cls.name}(${params(cls.constructorParams)})`,
              ...cls.methods.map(
                (m) => `  ${m.name}(${params(m.params)})${m.returns === null ? '' : ` -> ${m.returns}`}`,
              ),
            ].join('\n')}
          </pre>
        </section>
      )}
      {fn !== null && (
        <section aria-labelledby="signature-heading">
          <h2 id="signature-heading">Function</h2>
          <pre className="signature">
            {`${fn.name}(${fn.params.map((param) => `${param.name}: ${param.type}`).join(', ')}) -> ${fn.returns}`}
          </pre>
        </section>
      )}
      <section aria-labelledby="limits-heading">
        <h2 id="limits-heading">Limits</h2>
        <dl className="facts">
          <dt>Time</dt>
          <dd>{problem.limits.timeMs} ms CPU per test</dd>
          <dt>Memory</dt>
          <dd>{problem.limits.memoryMb} MiB</dd>
        </dl>
      </section>
      {problem.samples.length > 0 && (
        <section aria-labelledby="samples-heading">
          <h2 id="samples-heading">Samples</h2>
          {problem.samples.map((sample) => (
            <div key={sample.name} className="sample">
              <h3 className="small">{sample.name}</h3>
              <div className="sample-io">
                <div>
                  <p className="eyebrow">{cls !== null ? 'Calls' : fn !== null ? 'Arguments' : 'Input'}</p>
                  <pre className="output">{sample.input}</pre>
                </div>
                <div>
                  <p className="eyebrow">{cls !== null ? 'Results' : fn !== null ? 'Returns' : 'Output'}</p>
                  <pre className="output">{sample.answer}</pre>
                </div>
              </div>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
