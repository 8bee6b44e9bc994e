/**
 * The calls the app makes, through the typed client: the paths, parameters, bodies and answers are
 * those of the API's OpenAPI document (see /docs), so a call the server no longer accepts fails the
 * type check rather than a learner's click.
 */
import { type ApiClient, expectOk } from './client';
import { etagOfVersion, versionOfEtag } from './etag';
import type {
  Editorial,
  LearnerProblem,
  Pattern,
  Problem,
  ProblemPage,
  ProblemQuery,
  Progress,
  ProgressExport,
  ProgressPatch,
  QuizAnswersInput,
  QuizAnswersResult,
  QuizAttempt,
  QuizOverview,
  QuizQuestionStats,
  QuizScores,
  QuizTopicStats,
  Roadmap,
  Session,
  SignInInput,
  SignUpInput,
  Submission,
  SubmissionAccepted,
  SubmissionInput,
  SubmissionPage,
  Topic,
  User,
  UserSettings,
} from './types';

export type { SignInInput, SignUpInput };

export async function signUp(client: ApiClient, input: SignUpInput): Promise<Session> {
  const { data: session } = await expectOk(client.api.POST('/api/v1/auth/signup', { body: input }));
  client.setSession(session);
  return session;
}

export async function signIn(client: ApiClient, input: SignInInput): Promise<Session> {
  const { data: session } = await expectOk(client.api.POST('/api/v1/auth/signin', { body: input }));
  client.setSession(session);
  return session;
}

/** Forgets the session locally even if the server could not be told (it expires on its own). */
export async function signOut(client: ApiClient): Promise<void> {
  try {
    await expectOk(client.api.POST('/api/v1/auth/signout', { body: {} }));
  } finally {
    client.setSession(null);
  }
}

export async function getMe(client: ApiClient, signal?: AbortSignal): Promise<User> {
  return (await expectOk(client.api.GET('/api/v1/users/me', { signal }))).data;
}

export async function updateSettings(client: ApiClient, settings: UserSettings): Promise<User> {
  return (await expectOk(client.api.PATCH('/api/v1/users/me', { body: settings }))).data;
}

/** Changes the password; the server ends every other session of the account. */
export async function changePassword(
  client: ApiClient,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await expectOk(client.api.POST('/api/v1/users/me/password', { body: input }));
}

/** Erases the account and all its data; the session ends with it. */
export async function deleteAccount(client: ApiClient, password: string): Promise<void> {
  await expectOk(client.api.DELETE('/api/v1/users/me', { body: { password } }));
  client.setSession(null);
}

export async function getRoadmap(client: ApiClient, signal?: AbortSignal): Promise<Roadmap> {
  return (await expectOk(client.api.GET('/api/v1/roadmap', { signal }))).data;
}

export async function getTopic(client: ApiClient, slug: string, signal?: AbortSignal): Promise<Topic> {
  return (
    await expectOk(client.api.GET('/api/v1/roadmap/topics/{slug}', { params: { path: { slug } }, signal }))
  ).data;
}

export interface VersionedProgress {
  progress: Progress;
  /** The ETag to send as If-Match with the next change. */
  etag: string;
}

function versioned(progress: Progress, headers: Headers): VersionedProgress {
  const etag = headers.get('etag');
  // The header is the contract; the body's version is the same number, a fallback if a proxy drops it.
  const usable = etag !== null && versionOfEtag(etag) !== undefined;
  return { progress, etag: usable ? etag : etagOfVersion(progress.version) };
}

export async function getProgress(client: ApiClient, slug: string): Promise<VersionedProgress> {
  const { data, headers } = await expectOk(
    client.api.GET('/api/v1/roadmap/topics/{slug}/progress', { params: { path: { slug } } }),
  );
  return versioned(data, headers);
}

/** Fails with 412 (and `currentVersion`) when `ifMatch` is no longer the current version. */
export async function patchProgress(
  client: ApiClient,
  slug: string,
  patch: ProgressPatch,
  ifMatch: string,
): Promise<VersionedProgress> {
  const { data, headers } = await expectOk(
    client.api.PATCH('/api/v1/roadmap/topics/{slug}/progress', {
      params: { path: { slug }, header: { 'if-match': ifMatch } },
      body: patch,
    }),
  );
  return versioned(data, headers);
}

export async function exportProgress(client: ApiClient): Promise<ProgressExport> {
  return (await expectOk(client.api.GET('/api/v1/me/progress/export'))).data;
}

/** `document` is whatever the user picked; the server validates it and names what is wrong. */
export async function importProgress(
  client: ApiClient,
  document: unknown,
): Promise<{ imported: number; quizAttempts: number }> {
  const body = document as ProgressExport;
  return (await expectOk(client.api.POST('/api/v1/me/progress/import', { body }))).data;
}

/** The problem list's filters, as the URL and the filter form hold them. */
export type ProblemFilters = Pick<
  ProblemQuery,
  'difficulty' | 'style' | 'tag' | 'q' | 'week' | 'topic' | 'status'
>;

/** `query` without its unset or empty values, so they are left out of the URL. */
function definedOnly<T extends object>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as T;
}

export async function listProblems(
  client: ApiClient,
  filters: ProblemFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<ProblemPage> {
  const query = definedOnly({ ...filters, cursor });
  return (await expectOk(client.api.GET('/api/v1/problems', { params: { query }, signal }))).data;
}

/** The pattern vocabulary, each pattern with its number of problems. */
export async function listPatterns(client: ApiClient, signal?: AbortSignal): Promise<Pattern[]> {
  return (await expectOk(client.api.GET('/api/v1/patterns', { signal }))).data.items;
}

/** The signed-in learner's solved and attempted problems (every other problem is new). */
export async function listMyProblems(client: ApiClient, signal?: AbortSignal): Promise<LearnerProblem[]> {
  return (await expectOk(client.api.GET('/api/v1/me/problems', { signal }))).data.items;
}

/** The problem's editorial; the server records the first opening (help, when before a solve). */
export async function getEditorial(
  client: ApiClient,
  slug: string,
  signal?: AbortSignal,
): Promise<Editorial> {
  return (
    await expectOk(
      client.api.GET('/api/v1/problems/{slug}/editorial', { params: { path: { slug } }, signal }),
    )
  ).data;
}

export async function getProblem(client: ApiClient, slug: string, signal?: AbortSignal): Promise<Problem> {
  return (await expectOk(client.api.GET('/api/v1/problems/{slug}', { params: { path: { slug } }, signal })))
    .data;
}

/** `idempotencyKey` makes a retried POST return the first submission instead of judging twice. */
export async function postSubmission(
  client: ApiClient,
  input: SubmissionInput,
  idempotencyKey: string,
): Promise<SubmissionAccepted> {
  const { data } = await expectOk(
    client.api.POST('/api/v1/submissions', {
      body: input,
      params: { header: { 'idempotency-key': idempotencyKey } },
    }),
  );
  return data;
}

export async function getSubmission(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<Submission> {
  return (await expectOk(client.api.GET('/api/v1/submissions/{id}', { params: { path: { id } }, signal })))
    .data;
}

/** The caller's own submissions to one problem, newest first. */
export async function listMySubmissions(
  client: ApiClient,
  problem: string,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<SubmissionPage> {
  const query = definedOnly({ problem, cursor });
  return (await expectOk(client.api.GET('/api/v1/submissions', { params: { query }, signal }))).data;
}

/** A topic's quiz without answers (and the caller's best score on it when signed in). */
export async function getTopicQuiz(
  client: ApiClient,
  slug: string,
  signal?: AbortSignal,
): Promise<QuizOverview> {
  return (
    await expectOk(client.api.GET('/api/v1/quizzes/topics/{slug}', { params: { path: { slug } }, signal }))
  ).data;
}

export async function startQuizAttempt(client: ApiClient, topic: string): Promise<QuizAttempt> {
  return (await expectOk(client.api.POST('/api/v1/quiz-attempts', { body: { topic } }))).data;
}

export async function answerQuiz(
  client: ApiClient,
  attemptId: string,
  body: QuizAnswersInput,
): Promise<QuizAnswersResult> {
  return (
    await expectOk(
      client.api.POST('/api/v1/quiz-attempts/{id}/answers', { params: { path: { id: attemptId } }, body }),
    )
  ).data;
}

export async function getQuizScores(client: ApiClient, signal?: AbortSignal): Promise<QuizScores> {
  return (await expectOk(client.api.GET('/api/v1/me/quiz-scores', { signal }))).data;
}

/** Admin: answers and % right per question of a topic's quiz. */
export async function getQuizTopicStats(
  client: ApiClient,
  slug: string,
  signal?: AbortSignal,
): Promise<QuizTopicStats> {
  return (
    await expectOk(
      client.api.GET('/api/v1/admin/quizzes/topics/{slug}/stats', { params: { path: { slug } }, signal }),
    )
  ).data;
}

/** Admin: one question's answer distribution, per version. */
export async function getQuizQuestionStats(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<QuizQuestionStats> {
  return (
    await expectOk(
      client.api.GET('/api/v1/admin/quiz-questions/{id}/stats', { params: { path: { id } }, signal }),
    )
  ).data;
}
