/** Query keys and the read hooks of the app, all keyed by the viewer (see SessionValue.viewer). */
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { getMe, getRoadmap, getTopic } from './endpoints';

export const queryKeys = {
  roadmap: (viewer: string) => ['roadmap', viewer] as const,
  topic: (viewer: string, slug: string) => ['topic', viewer, slug] as const,
  me: (viewer: string) => ['me', viewer] as const,
};

/** Waits for the session restore so a signed-in visitor does not first get the anonymous roadmap. */
export function useRoadmap() {
  const { client, viewer, status } = useSession();
  return useQuery({
    queryKey: queryKeys.roadmap(viewer),
    queryFn: ({ signal }) => getRoadmap(client, signal),
    enabled: status !== 'restoring',
  });
}

export function useTopic(slug: string) {
  const { client, viewer, status } = useSession();
  return useQuery({
    queryKey: queryKeys.topic(viewer, slug),
    queryFn: ({ signal }) => getTopic(client, slug, signal),
    enabled: status !== 'restoring',
  });
}

export function useMe() {
  const { client, viewer, status } = useSession();
  return useQuery({
    queryKey: queryKeys.me(viewer),
    queryFn: ({ signal }) => getMe(client, signal),
    enabled: status === 'signed-in',
  });
}
