/**
 * Where a problem is solved: pick a language, edit the code (kept as a draft per problem and
 * language), Run it on the samples or on custom input, Submit it for a verdict, and see the result
 * live and the earlier attempts below.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { judgeQueryKeys } from '../api/queries';
import type { Problem, SubmissionMode } from '../api/types';
import { useSession } from '../auth/session';
import { useRetryCountdown } from '../auth/useRetryCountdown';
import { sendSubmission } from '../judge/submit';
import { useDraft } from '../judge/useDraft';
import { FormProblem, fieldErrors } from './FormProblem';
import { LiveSubmission } from './LiveSubmission';
import { Loading } from './Loading';
import { MySubmissions } from './MySubmissions';

// The editor is most of the page's weight; the rest of the app does not wait for it.
const CodeEditor = lazy(() => import('./CodeEditor'));

export function ProblemWorkspace({ problem }: { problem: Problem }) {
  const { client, status, viewer } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draft = useDraft(problem);
  const { languageId, language, source } = draft;
  const [customInput, setCustomInput] = useState('');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const acceptsCustomInput = problem.style === 'stdio' && !problem.interactive;

  const submit = useMutation({
    mutationFn: (mode: SubmissionMode) => {
      // The Run and Submit buttons only show once the problem has a language (see below).
      if (language === undefined) throw new Error('This problem accepts no language yet.');
      return sendSubmission(client, {
        problem: problem.slug,
        language: language.id,
        source,
        mode,
        ...(mode === 'run' && acceptsCustomInput && customInput !== '' ? { input: customInput } : {}),
      });
    },
    onSuccess: (accepted) => {
      setCurrentId(accepted.id);
      void queryClient.invalidateQueries({ queryKey: judgeQueryKeys.mySubmissions(viewer, problem.slug) });
    },
  });

  const retryIn = useRetryCountdown(submit.error);
  const fieldMessages = [...fieldErrors(submit.error, 'source'), ...fieldErrors(submit.error, 'input')];

  const send = (mode: SubmissionMode) => {
    if (status === 'signed-out') {
      // The draft is already saved, so nothing is lost on the way to sign in and back.
      navigate(`/signin?next=${encodeURIComponent(`/problems/${problem.slug}`)}`);
      return;
    }
    submit.mutate(mode);
  };

  if (language === undefined) {
    return <p className="muted">This problem accepts no language yet.</p>;
  }

  const busy = submit.isPending || status === 'restoring' || retryIn > 0;
  return (
    <section className="workspace" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading" className="visually-hidden">
        Your solution
      </h2>
      <div className="workspace-toolbar">
        <label className="filter">
          <span>Language</span>
          <select value={languageId} onChange={(event) => draft.chooseLanguage(event.target.value)}>
            {problem.languages.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={draft.reset}
          disabled={draft.isStarter}
        >
          Reset to starter code
        </button>
      </div>
      <Suspense fallback={<Loading label="Loading the editor…" />}>
        <CodeEditor
          language={languageId}
          value={source}
          onChange={draft.edit}
          label={`Your solution in ${language.name}`}
        />
      </Suspense>
      {acceptsCustomInput && (
        <details className="custom-input">
          <summary>Custom input for Run</summary>
          <label className="field">
            <span className="visually-hidden">Custom input</span>
            <textarea
              rows={4}
              value={customInput}
              onChange={(event) => setCustomInput(event.target.value)}
              placeholder="Leave empty to run the samples."
            />
          </label>
        </details>
      )}
      <div className="workspace-actions">
        {status === 'signed-out' && <p className="muted small">Sign in to run and submit your code.</p>}
        <button
          type="button"
          className="button button-ghost"
          disabled={busy || source.trim() === ''}
          onClick={() => send('run')}
        >
          Run
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || source.trim() === ''}
          onClick={() => send('submit')}
        >
          {submit.isPending ? 'Sending…' : 'Submit'}
        </button>
      </div>
      <FormProblem error={submit.error} retryInSeconds={retryIn} />
      {fieldMessages.length > 0 && (
        <ul className="field-errors">
          {fieldMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {currentId !== null && <LiveSubmission key={currentId} id={currentId} problem={problem.slug} />}
      {status === 'signed-in' && (
        <MySubmissions problem={problem.slug} onOpen={setCurrentId} current={currentId} />
      )}
    </section>
  );
}
