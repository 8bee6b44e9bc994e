/** Query keys and the read hooks of the app, all keyed by the viewer (see SessionValue.viewer). */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import {
  getEditorial,
  getMe,
  getProblem,
  getQuizScores,
  getRoadmap,
  getTopic,
  getTopicQuiz,
  listMyProblems,
  listMySubmissions,
  listPatterns,
  listProblems,
  type ProblemFilters,
} from './endpoints';

export const queryKeys = {
  roadmap: (viewer: string) => ['roadmap', viewer] as const,
  topic: (viewer: string, slug: string) => ['topic', viewer, slug] as const,
  me: (viewer: string) => ['me', viewer] as const,
  topicQuiz: (viewer: string, slug: string) => ['topic-quiz', viewer, slug] as const,
  quizScores: (viewer: string) => ['quiz-scores', viewer] as const,
};

/** A topic's quiz (questions without answers, and the viewer's best score). */
export function useTopicQuiz(slug: string) {
  const { client, viewer, status } = useSession();
  return useQuery({
    queryKey: queryKeys.topicQuiz(viewer, slug),
    queryFn: ({ signal }) => getTopicQuiz(client, slug, signal),
    enabled: status !== 'restoring',
  });
}

/** The viewer's best quiz score per topic; one request shared by every row of the roadmap. */
export function useQuizScores() {
  const { client, viewer, status } = useSession();
  return useQuery({
    queryKey: queryKeys.quizScores(viewer),
    queryFn: ({ signal }) => getQuizScores(client, signal),
    enabled: status === 'signed-in',
  });
}

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

/** Problems and submissions; the problem list is the same for everyone, so it is not keyed by viewer. */
export const judgeQueryKeys = {
  /** Keyed by the viewer only when the list depends on them (the status filter). */
  problems: (filters: ProblemFilters, viewer: string) =>
    ['problems', filters, filters.status === undefined ? '' : viewer] as const,
  patterns: ['patterns'] as const,
  myProblems: (viewer: string) => ['my-problems', viewer] as const,
  editorial: (viewer: string, slug: string) => ['editorial', viewer, slug] as const,
  problem: (slug: string) => ['problem', slug] as const,
  submission: (viewer: string, id: string) => ['submission', viewer, id] as const,
  mySubmissions: (viewer: string, problem: string) => ['my-submissions', viewer, problem] as const,
};

export function useProblemList(filters: ProblemFilters) {
  const { client, viewer, status } = useSession();
  return useInfiniteQuery({
    queryKey: judgeQueryKeys.problems(filters, viewer),
    queryFn: ({ pageParam, signal }) => listProblems(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Your status needs your session: wait for it instead of asking anonymously (a 401).
    enabled: filters.status === undefined || status === 'signed-in',
  });
}

export function usePatterns() {
  const { client } = useSession();
  return useQuery({
    queryKey: judgeQueryKeys.patterns,
    queryFn: ({ signal }) => listPatterns(client, signal),
    staleTime: 5 * 60_000,
  });
}

/** Slug → solved/attempted for the signed-in learner; empty (everything new) when signed out. */
export function useMyProblemStatuses() {
  const { client, viewer, status } = useSession();
  return useQuery({
    queryKey: judgeQueryKeys.myProblems(viewer),
    queryFn: async ({ signal }) =>
      new Map((await listMyProblems(client, signal)).map((item) => [item.slug, item.status])),
    enabled: status === 'signed-in',
  });
}

export function useProblem(slug: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: judgeQueryKeys.problem(slug),
    queryFn: ({ signal }) => getProblem(client, slug, signal),
  });
}

export function useMySubmissions(problem: string) {
  const { client, viewer, status } = useSession();
  return useInfiniteQuery({
    queryKey: judgeQueryKeys.mySubmissions(viewer, problem),
    queryFn: ({ pageParam, signal }) => listMySubmissions(client, problem, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: status === 'signed-in',
  });
}

/** The editorial, fetched only once the learner asks for it (`wanted`): the server records that. */
export function useEditorial(slug: string, wanted: boolean) {
  const { client, viewer, status } = useSession();
  return useQuery({
    queryKey: judgeQueryKeys.editorial(viewer, slug),
    queryFn: ({ signal }) => getEditorial(client, slug, signal),
    enabled: wanted && status === 'signed-in',
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
