import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { judgeQueryKeys } from '../api/queries';
import { useSession } from '../auth/session';
import { useSubmissionProgress } from '../judge/useSubmissionProgress';
import { ErrorPanel } from './ErrorPanel';
import { SubmissionView } from './SubmissionView';

/** One submission followed live until its verdict (see useSubmissionProgress). */
export function LiveSubmission({ id, problem }: { id: string; problem: string }) {
  const { viewer } = useSession();
  const queryClient = useQueryClient();
  const { submission, event } = useSubmissionProgress(id);
  const done = submission.data?.status === 'done';

  // The list of attempts and the solved/attempted marks show verdicts too; bring them up to date
  // once this one has its own.
  useEffect(() => {
    if (!done) return;
    void queryClient.invalidateQueries({ queryKey: judgeQueryKeys.mySubmissions(viewer, problem) });
    void queryClient.invalidateQueries({ queryKey: judgeQueryKeys.myProblems(viewer) });
  }, [done, queryClient, viewer, problem]);

  if (submission.isError && submission.data === undefined) {
    return (
      <ErrorPanel
        title="Could not load the result"
        error={submission.error}
        onRetry={() => submission.refetch()}
      />
    );
  }
  return <SubmissionView submission={submission.data} event={event} />;
}
