import { useMutation } from '@tanstack/react-query';
import { exportProgress } from '../api/endpoints';
import { describeError } from '../api/errors';
import { useSession } from '../auth/session';
import { Notice } from './Notice';

/** Saves the given JSON as a file, the way a download link would. */
function downloadJson(document: unknown, filename: string): void {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }),
  );
  const link = window.document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportProgress() {
  const { client } = useSession();
  const run = useMutation({
    mutationFn: () => exportProgress(client),
    onSuccess: (document) =>
      downloadJson(document, `winterarc-progress-${new Date().toISOString().slice(0, 10)}.json`),
  });
  return (
    <div className="data-action">
      <div>
        <h3>Export progress</h3>
        <p className="muted">
          Every status and note you have, as a JSON file you can keep or import elsewhere.
        </p>
      </div>
      <button type="button" className="button" onClick={() => run.mutate()} disabled={run.isPending}>
        {run.isPending ? 'Preparing…' : 'Download JSON'}
      </button>
      {run.isSuccess && (
        <Notice tone="success">
          Exported {run.data.items.length} {run.data.items.length === 1 ? 'topic' : 'topics'}.
        </Notice>
      )}
      {run.isError && <Notice tone="error">Export failed: {describeError(run.error)}</Notice>}
    </div>
  );
}
