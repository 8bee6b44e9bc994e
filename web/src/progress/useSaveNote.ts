/**
 * Saving a topic's note with If-Match. On a 412 the progress is read again (so the next save names
 * the new version) while the caller keeps the unsaved text in its editor.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patchProgress } from '../api/endpoints';
import { isStaleVersion } from '../api/errors';
import { useSession } from '../auth/session';
import { ifMatchFor, progressMutationScope, reloadProgress, storeProgress } from './cache';

export const maxNoteLength = 20_000;

export function useSaveNote(slug: string) {
  const { client, viewer } = useSession();
  const queryClient = useQueryClient();
  const scope = { queryClient, client, viewer, slug };

  return useMutation({
    scope: progressMutationScope(slug),
    mutationFn: async (note: string) =>
      patchProgress(client, slug, { note }, await ifMatchFor(scope, 'topic-page')),
    onSuccess: ({ progress }) => storeProgress(scope, progress),
    onError: async (error) => {
      if (isStaleVersion(error)) await reloadProgress(scope).catch(() => undefined);
    },
  });
}
