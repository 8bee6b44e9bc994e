import { ApiError, describeError } from '../api/errors';

interface ErrorPanelProps {
  error: unknown;
  /** What failed, e.g. "Could not load the roadmap". */
  title: string;
  onRetry?: () => void;
}

/** A failed fetch: what went wrong (the problem's `detail`), and a way to try again. */
export function ErrorPanel({ error, title, onRetry }: ErrorPanelProps) {
  const requestId = error instanceof ApiError ? error.instance : undefined;
  return (
    <div className="error-panel" role="alert">
      <h2>{title}</h2>
      <p>{describeError(error)}</p>
      {requestId !== undefined && <p className="muted small">Request id: {requestId}</p>}
      {onRetry !== undefined && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
