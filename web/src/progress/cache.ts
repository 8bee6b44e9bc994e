/**
 * Keeps the cached roadmap and topic in step with progress the server returned, and knows which
 * version a change must name in If-Match.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import { getProgress } from '../api/endpoints';
import { etagOfVersion } from '../api/etag';
import { queryKeys } from '../api/queries';
import type { Progress, Roadmap, Topic, TopicStatus } from '../api/types';
import { withTopicHasNote, withTopicStatus } from '../roadmap/tree';

export interface ProgressCacheScope {
  queryClient: QueryClient;
  client: ApiClient;
  viewer: string;
  slug: string;
}

/** Changes to one topic's progress run one after another, each naming the version the last produced. */
export const progressMutationScope = (slug: string) => ({ id: `progress:${slug}` });

/** Shows `status` right away, in the roadmap and on the topic page. */
export function showStatus({ queryClient, viewer, slug }: ProgressCacheScope, status: TopicStatus): void {
  queryClient.setQueryData<Roadmap>(queryKeys.roadmap(viewer), (roadmap) =>
    roadmap === undefined ? roadmap : withTopicStatus(roadmap, slug, status),
  );
  queryClient.setQueryData<Topic>(queryKeys.topic(viewer, slug), (topic) =>
    topic?.progress === undefined ? topic : { ...topic, progress: { ...topic.progress, status } },
  );
}

/** Records what the server now holds for this topic. */
export function storeProgress({ queryClient, viewer, slug }: ProgressCacheScope, progress: Progress): void {
  queryClient.setQueryData<Roadmap>(queryKeys.roadmap(viewer), (roadmap) =>
    roadmap === undefined
      ? roadmap
      : withTopicHasNote(withTopicStatus(roadmap, slug, progress.status), slug, progress.note !== ''),
  );
  queryClient.setQueryData<Topic>(queryKeys.topic(viewer, slug), (topic) =>
    topic === undefined ? topic : { ...topic, progress },
  );
}

/** Reads the progress again after a failed change (e.g. a 412), so the next attempt can succeed. */
export async function reloadProgress(scope: ProgressCacheScope): Promise<Progress> {
  const { progress } = await getProgress(scope.client, scope.slug);
  storeProgress(scope, progress);
  return progress;
}

/**
 * The If-Match for the next change. The topic page trusts the version it holds (kept current by every
 * response), so a change made in another tab meanwhile is caught as a 412. The roadmap holds no
 * versions, so it reads the current one first.
 */
export async function ifMatchFor(
  scope: ProgressCacheScope,
  source: 'topic-page' | 'server',
): Promise<string> {
  if (source === 'topic-page') {
    const known = scope.queryClient.getQueryData<Topic>(queryKeys.topic(scope.viewer, scope.slug))?.progress;
    if (known !== undefined) return etagOfVersion(known.version);
  }
  return (await getProgress(scope.client, scope.slug)).etag;
}
