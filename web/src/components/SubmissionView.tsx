/**
 * A submission as the learner sees it: progress while it is judged, then the verdict with what it
 * means, the compiler's message or the program's output when there is one, and a row per test
 * (samples show their input, expected and actual answer).
 */
import type { Submission, SubmissionTest, Verdict } from '../api/types';
import type { SubmissionEvent } from '../judge/live-events';
import { delayReason, progressText } from '../judge/progress-text';
import { verdictInfo } from '../judge/verdicts';
import { VerdictBadge } from './VerdictBadge';

interface SubmissionViewProps {
  submission: Submission | undefined;
  event: SubmissionEvent | undefined;
}

export function SubmissionView({ submission, event }: SubmissionViewProps) {
  const done = submission?.status === 'done' ? submission : undefined;
  const verdict: Verdict | null | undefined =
    done !== undefined ? done.verdict : event?.stage === 'done' ? event.verdict : undefined;

  if (verdict === undefined || verdict === null) {
    const delay = delayReason(event, submission);
    return (
      <div className="submission-view">
        <p className="submission-progress" role="status">
          <span className="spinner" aria-hidden="true" />
          {progressText(event, submission)}
        </p>
        {delay !== undefined && <p className="submission-delay">{delay}</p>}
      </div>
    );
  }

  const info = verdictInfo[verdict];
  const isRun = (done ?? submission)?.mode === 'run';
  return (
    <div className="submission-view">
      <div className={`verdict-panel verdict-panel-${info.tone}`} role="status">
        <p className="verdict-title">
          <VerdictBadge verdict={verdict} /> {info.name}
          {isRun && <span className="muted small"> (run)</span>}
        </p>
        <p className="verdict-explanation">{info.explanation}</p>
        {done?.testsRun != null && done.testsTotal != null && done.testsTotal > 0 && (
          <p className="muted small">
            {done.testsRun} of {done.testsTotal} tests run
            {done.score !== null && done.maxScore !== null && ` · score ${done.score} / ${done.maxScore}`}
          </p>
        )}
      </div>
      {done?.message != null && done.message !== '' && (
        <section className="submission-block">
          <h3>{verdict === 'CE' ? 'Compiler message' : 'Message'}</h3>
          <pre className="output">{done.message}</pre>
        </section>
      )}
      {done?.output != null && (
        <section className="submission-block">
          <h3>Output</h3>
          <pre className="output">{done.output === '' ? '(no output)' : done.output}</pre>
        </section>
      )}
      {done !== undefined && done.tests.length > 0 && <TestTable tests={done.tests} />}
    </div>
  );
}

function TestTable({ tests }: { tests: SubmissionTest[] }) {
  return (
    <table className="test-table">
      <caption className="visually-hidden">Results per test</caption>
      <thead>
        <tr>
          <th scope="col">Test</th>
          <th scope="col">Verdict</th>
          <th scope="col">Time</th>
          <th scope="col">Memory</th>
        </tr>
      </thead>
      <tbody>
        {tests.map((test) => (
          <TestRow key={test.name} test={test} />
        ))}
      </tbody>
    </table>
  );
}

function TestRow({ test }: { test: SubmissionTest }) {
  const hasDetails = test.input !== undefined || test.expected !== undefined || test.actual !== undefined;
  return (
    <>
      <tr>
        <th scope="row">
          {test.name}
          {test.sample && <span className="chip chip-small">sample</span>}
        </th>
        <td>
          <VerdictBadge verdict={test.verdict} />
        </td>
        <td>{test.timeMs} ms</td>
        <td>{Math.round(test.memoryKb / 1024)} MiB</td>
      </tr>
      {(hasDetails || (test.message !== null && test.message !== '')) && (
        <tr className="test-details">
          <td colSpan={4}>
            {test.message !== null && test.message !== '' && <p className="small">{test.message}</p>}
            {hasDetails && (
              <dl className="test-io">
                {test.input !== undefined && <IoItem term="Input" text={test.input} />}
                {test.expected !== undefined && <IoItem term="Expected" text={test.expected} />}
                {test.actual !== undefined && <IoItem term="Your answer" text={test.actual} />}
              </dl>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function IoItem({ term, text }: { term: string; text: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <pre className="output">{text}</pre>
      </dd>
    </div>
  );
}
