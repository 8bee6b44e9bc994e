/**
 * Follows one submission to its verdict: live stages from the socket while it is connected, a poll
 * of GET /submissions/:id every second while it is not, and the full result (per-test table) once
 * it is done. A reconnect refetches, in case the `done` event fell in the gap.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getSubmission } from '../api/endpoints';
import { judgeQueryKeys } from '../api/queries';
import { useSession } from '../auth/session';
import { useLiveConnected, useLiveEvents } from './LiveEventsProvider';
import type { SubmissionEvent } from './live-events';

export const pollIntervalMs = 1000;

export function useSubmissionProgress(id: string) {
  const { client, viewer } = useSession();
  const live = useLiveEvents();
  const connected = useLiveConnected(live);
  const queryClient = useQueryClient();
  const queryKey = judgeQueryKeys.submission(viewer, id);
  const [event, setEvent] = useState<SubmissionEvent | undefined>(() => live.latest(id));

  const submission = useQuery({
    queryKey,
    queryFn: ({ signal }) => getSubmission(client, id, signal),
    refetchInterval: (query) => (query.state.data?.status === 'done' || connected ? false : pollIntervalMs),
    staleTime: Number.POSITIVE_INFINITY,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey is derived from viewer and id
  useEffect(() => {
    setEvent(live.latest(id));
    return live.onEvent((next) => {
      if (next.id !== id) return;
      setEvent(next);
      if (next.stage === 'done') void queryClient.invalidateQueries({ queryKey });
    });
  }, [live, id, viewer, queryClient]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey is derived from viewer and id
  useEffect(() => {
    if (connected) void queryClient.invalidateQueries({ queryKey });
  }, [connected, queryClient, id, viewer]);

  return { submission, event, connected };
}
