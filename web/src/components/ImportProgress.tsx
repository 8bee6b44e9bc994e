import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useRef } from 'react';
import { importProgress } from '../api/endpoints';
import { ApiError, describeError } from '../api/errors';
import { useSession } from '../auth/session';
import { Notice } from './Notice';

/** Field errors can name thousands of items; a page of them is enough to act on. */
const shownFieldErrors = 20;

async function readJsonFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`"${file.name}" is not a JSON file. Choose a file made by "Export progress".`);
  }
}

export function ImportProgress() {
  const id = useId();
  const { client } = useSession();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const run = useMutation({
    mutationFn: async (file: File) => importProgress(client, await readJsonFile(file)),
    // Statuses and notes changed everywhere: every roadmap and topic in the cache is stale.
    onSuccess: () => queryClient.invalidateQueries(),
    onSettled: () => {
      if (input.current !== null) input.current.value = '';
    },
  });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file !== undefined) run.mutate(file);
  };

  const fieldErrors = run.error instanceof ApiError ? run.error.fieldErrors : [];
  return (
    <div className="data-action">
      <div>
        <h3>Import progress</h3>
        <p className="muted">
          Restore from an export. Each topic in the file gets the status and note from the file; other topics
          stay as they are; quiz attempts are added (graded again here). If any item is invalid, nothing is
          imported.
        </p>
      </div>
      <label htmlFor={id} className={run.isPending ? 'button file-button is-disabled' : 'button file-button'}>
        {run.isPending ? 'Importing…' : 'Choose a JSON file'}
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        onChange={onFile}
        disabled={run.isPending}
      />
      {run.isSuccess && (
        <Notice tone="success">
          Imported {run.data.imported} {run.data.imported === 1 ? 'topic' : 'topics'} and{' '}
          {run.data.quizAttempts} quiz {run.data.quizAttempts === 1 ? 'attempt' : 'attempts'}.
        </Notice>
      )}
      {run.isError && (
        <Notice tone="error">
          <p>Import failed: {describeError(run.error)}</p>
          {fieldErrors.length > 0 && (
            <ul className="field-errors">
              {fieldErrors.slice(0, shownFieldErrors).map((error) => (
                <li key={`${error.field}:${error.message}`}>
                  <code>{error.field || error.in}</code> {error.message}
                </li>
              ))}
              {fieldErrors.length > shownFieldErrors && (
                <li>…and {fieldErrors.length - shownFieldErrors} more.</li>
              )}
            </ul>
          )}
        </Notice>
      )}
    </div>
  );
}
