/** Changing a topic's status: shown at once, sent with If-Match, undone if the server refuses. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patchProgress } from '../api/endpoints';
import { isStaleVersion } from '../api/errors';
import { queryKeys } from '../api/queries';
import type { TopicStatus } from '../api/types';
import { useSession } from '../auth/session';
import { ifMatchFor, progressMutationScope, reloadProgress, showStatus, storeProgress } from './cache';

interface StatusChange {
  status: TopicStatus;
  /** What to show again if the change fails. */
  previous: TopicStatus;
}

export function useSetTopicStatus(slug: string, versionSource: 'topic-page' | 'server') {
  const { client, viewer } = useSession();
  const queryClient = useQueryClient();
  const scope = { queryClient, client, viewer, slug };

  return useMutation({
    scope: progressMutationScope(slug),
    mutationFn: async ({ status }: StatusChange) =>
      patchProgress(client, slug, { status }, await ifMatchFor(scope, versionSource)),
    onMutate: async ({ status }) => {
      // A refetch landing now would briefly show the old status again.
      await queryClient.cancelQueries({ queryKey: queryKeys.roadmap(viewer) });
      showStatus(scope, status);
    },
    onSuccess: ({ progress }) => storeProgress(scope, progress),
    onError: async (error, { previous }) => {
      // Undo only this topic: other topics may have changes of their own in flight.
      showStatus(scope, previous);
      if (isStaleVersion(error)) await reloadProgress(scope).catch(() => undefined);
    },
  });
}
