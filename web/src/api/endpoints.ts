/** Typed calls to each API endpoint the app uses; see /docs for the contract. */
import type { ApiClient } from './client';
import { etagOfVersion, versionOfEtag } from './etag';
import type {
  Page,
  Problem,
  ProblemStyle,
  ProblemSummary,
  Progress,
  ProgressExport,
  ProgressPatch,
  Roadmap,
  Session,
  Submission,
  SubmissionAccepted,
  SubmissionInput,
  SubmissionSummary,
  Topic,
  User,
  UserSettings,
} from './types';

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
}

export interface SignInInput {
  email: string;
  password: string;
}

/** The auth endpoints answer 401 for wrong credentials, which must not trigger a refresh. */
const noRefresh = { retryOn401: false } as const;

export async function signUp(client: ApiClient, input: SignUpInput): Promise<Session> {
  const session = await client.json<Session>('/api/v1/auth/signup', {
    method: 'POST',
    body: input,
    ...noRefresh,
  });
  client.setSession(session);
  return session;
}

export async function signIn(client: ApiClient, input: SignInInput): Promise<Session> {
  const session = await client.json<Session>('/api/v1/auth/signin', {
    method: 'POST',
    body: input,
    ...noRefresh,
  });
  client.setSession(session);
  return session;
}

/** Forgets the session locally even if the server could not be told (it expires on its own). */
export async function signOut(client: ApiClient): Promise<void> {
  try {
    await client.request<void>('/api/v1/auth/signout', { method: 'POST', body: {}, ...noRefresh });
  } finally {
    client.setSession(null);
  }
}

export function getMe(client: ApiClient, signal?: AbortSignal): Promise<User> {
  return client.json<User>('/api/v1/users/me', { signal });
}

export function updateSettings(client: ApiClient, settings: UserSettings): Promise<User> {
  return client.json<User>('/api/v1/users/me', { method: 'PATCH', body: settings });
}

/** Changes the password; the server ends every other session of the account. */
export async function changePassword(
  client: ApiClient,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await client.request<void>('/api/v1/users/me/password', { method: 'POST', body: input });
}

/** Erases the account and all its data; the session ends with it. */
export async function deleteAccount(client: ApiClient, password: string): Promise<void> {
  await client.request<void>('/api/v1/users/me', { method: 'DELETE', body: { password } });
  client.setSession(null);
}

export function getRoadmap(client: ApiClient, signal?: AbortSignal): Promise<Roadmap> {
  return client.json<Roadmap>('/api/v1/roadmap', { signal });
}

const topicPath = (slug: string) => `/api/v1/roadmap/topics/${encodeURIComponent(slug)}`;

export function getTopic(client: ApiClient, slug: string, signal?: AbortSignal): Promise<Topic> {
  return client.json<Topic>(topicPath(slug), { signal });
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
  const { data, headers } = await client.request<Progress>(`${topicPath(slug)}/progress`);
  return versioned(data, headers);
}

/** Fails with 412 (and `currentVersion`) when `ifMatch` is no longer the current version. */
export async function patchProgress(
  client: ApiClient,
  slug: string,
  patch: ProgressPatch,
  ifMatch: string,
): Promise<VersionedProgress> {
  const { data, headers } = await client.request<Progress>(`${topicPath(slug)}/progress`, {
    method: 'PATCH',
    body: patch,
    headers: { 'If-Match': ifMatch },
  });
  return versioned(data, headers);
}

export function exportProgress(client: ApiClient): Promise<ProgressExport> {
  return client.json<ProgressExport>('/api/v1/me/progress/export');
}

/** `document` is whatever the user picked; the server validates it and names what is wrong. */
export function importProgress(client: ApiClient, document: unknown): Promise<{ imported: number }> {
  return client.json<{ imported: number }>('/api/v1/me/progress/import', { method: 'POST', body: document });
}

export interface ProblemFilters {
  difficulty?: number;
  style?: ProblemStyle;
  tag?: string;
  /** Part of the title, any case. */
  q?: string;
}

/** A query string of the given values, leaving out the unset ones ("?" included, or empty). */
function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function listProblems(
  client: ApiClient,
  filters: ProblemFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<Page<ProblemSummary>> {
  return client.json<Page<ProblemSummary>>(`/api/v1/problems${queryString({ ...filters, cursor })}`, {
    signal,
  });
}

export function getProblem(client: ApiClient, slug: string, signal?: AbortSignal): Promise<Problem> {
  return client.json<Problem>(`/api/v1/problems/${encodeURIComponent(slug)}`, { signal });
}

/** `idempotencyKey` makes a retried POST return the first submission instead of judging twice. */
export function postSubmission(
  client: ApiClient,
  input: SubmissionInput,
  idempotencyKey: string,
): Promise<SubmissionAccepted> {
  return client.json<SubmissionAccepted>('/api/v1/submissions', {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function getSubmission(client: ApiClient, id: string, signal?: AbortSignal): Promise<Submission> {
  return client.json<Submission>(`/api/v1/submissions/${encodeURIComponent(id)}`, { signal });
}

/** The caller's own submissions to one problem, newest first. */
export function listMySubmissions(
  client: ApiClient,
  problem: string,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<Page<SubmissionSummary>> {
  return client.json<Page<SubmissionSummary>>(`/api/v1/submissions${queryString({ problem, cursor })}`, {
    signal,
  });
}
