/**
 * The one way the app talks to the API: an openapi-fetch client typed from the API's OpenAPI document
 * (the contract workspace), so every path, parameter, body and answer is checked against the server's
 * own schemas. It keeps the access token in memory only (never in storage, where any injected script
 * could read it), parses every error into an ApiError, and on a 401 refreshes the session once and
 * retries.
 *
 * Refresh tokens are single use and the server treats a reused one as theft, signing out every
 * session of that login. So refreshes must never overlap: concurrent callers share one in-flight
 * refresh, and (where the browser supports Web Locks) tabs take turns, so the second tab presents the
 * cookie the first one just rotated rather than the spent one.
 * @see https://openapi-ts.dev/openapi-fetch/
 */
import type { paths } from '@winterarc/contract/openapi';
import createClient, { type Client } from 'openapi-fetch';
import { ApiError, networkError, toApiError } from './errors';
import type { Session } from './types';

/** What the client sends requests through: the browser's fetch, or a fake in tests. */
export type Fetch = (request: Request) => Promise<Response>;

export type SessionListener = (session: Session | null) => void;

/** Runs `task` while holding an exclusive lock shared by every tab of this origin. */
export type RefreshLock = <T>(task: () => Promise<T>) => Promise<T>;

export interface ApiClientOptions {
  /** Injected in tests; defaults to the global fetch. */
  fetch?: Fetch;
  /** Origin (and prefix) of the API; defaults to this page's origin, since the app and the API share it. */
  baseUrl?: string;
  refreshLock?: RefreshLock;
  /** Whether this browser may hold a session to restore; defaults to the server's hint cookie. */
  sessionHint?: SessionHint;
}

/**
 * The server sets a readable `wa_session` cookie beside the HttpOnly refresh cookie (which scripts
 * cannot see): without it there is no session to restore, so a signed-out visit sends no refresh
 * request, and logs no 401.
 */
export interface SessionHint {
  present(): boolean;
  forget(): void;
}

export const sessionHintCookie = 'wa_session';

const cookieSessionHint: SessionHint = {
  present: () =>
    typeof document !== 'undefined' &&
    document.cookie.split(';').some((pair) => pair.trim().startsWith(`${sessionHintCookie}=`)),
  forget: () => {
    if (typeof document === 'undefined') return;
    // biome-ignore lint/suspicious/noDocumentCookie: a constant deletion, and the Cookie Store API is not in every browser yet
    document.cookie = `${sessionHintCookie}=; Max-Age=0; Path=/; SameSite=Strict`;
  },
};

export const refreshPath = '/api/v1/auth/refresh';

/** The auth endpoints answer 401 for wrong credentials, which must not trigger a refresh. */
const authPathPrefix = '/api/v1/auth/';

const webLocksRefreshLock: RefreshLock = async (task) =>
  typeof navigator !== 'undefined' && 'locks' in navigator
    ? await navigator.locks.request('winterarc-session-refresh', task)
    : await task();

/** A successful answer's body and headers. */
export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/**
 * The body of a successful answer of the typed client, or an {@link ApiError} built from the
 * problem document (or whatever else a proxy answered).
 */
export async function expectOk<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResponse<T>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response.status, response.statusText, error);
  return { data: data as T, status: response.status, headers: response.headers };
}

export class ApiClient {
  /**
   * The API, typed from its OpenAPI document: paths, parameters, bodies and answers are checked at
   * compile time. endpoints.ts has the calls the app makes.
   */
  readonly api: Client<paths>;
  readonly #fetch: Fetch;
  readonly #refreshLock: RefreshLock;
  readonly #sessionHint: SessionHint;
  readonly #listeners = new Set<SessionListener>();
  #session: Session | null = null;
  #refreshInFlight: Promise<Session | null> | null = null;

  constructor(options: ApiClientOptions = {}) {
    // Bound so that calling it detached from `window` does not throw "Illegal invocation".
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#refreshLock = options.refreshLock ?? webLocksRefreshLock;
    this.#sessionHint = options.sessionHint ?? cookieSessionHint;
    this.api = createClient<paths>({
      baseUrl: options.baseUrl ?? globalThis.location?.origin ?? '',
      fetch: (request) => this.#sendWithSession(request),
      headers: { Accept: 'application/json, application/problem+json' },
      // The refresh cookie only travels same-origin; be explicit rather than rely on the default.
      credentials: 'same-origin',
    });
  }

  get session(): Session | null {
    return this.#session;
  }

  setSession(session: Session | null): void {
    this.#session = session;
    for (const listener of this.#listeners) listener(session);
  }

  /** Called whenever the session changes (sign-in, refresh, expiry, sign-out). */
  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** On page load: the session of the refresh cookie, if the hint says there may be one. */
  async restore(): Promise<Session | null> {
    if (!this.#sessionHint.present()) return null;
    return this.refresh();
  }

  /**
   * Exchanges the HttpOnly refresh cookie for a new session; null when there is none or it expired.
   * Concurrent calls share one request.
   */
  refresh(): Promise<Session | null> {
    if (this.#refreshInFlight === null) {
      this.#refreshInFlight = this.#refreshLock(() => this.#sendRefresh()).finally(() => {
        this.#refreshInFlight = null;
      });
    }
    return this.#refreshInFlight;
  }

  async #sendRefresh(): Promise<Session | null> {
    try {
      const { data } = await expectOk(this.api.POST(refreshPath, { body: {} }));
      this.setSession(data);
      return data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // The refresh cookie is gone or spent: the next page load need not try again.
        this.#sessionHint.forget();
        this.setSession(null);
        return null;
      }
      throw error;
    }
  }

  /** Sends with the access token; on a 401 (outside the auth endpoints) refreshes once and retries. */
  async #sendWithSession(request: Request): Promise<Response> {
    const retry = new URL(request.url).pathname.startsWith(authPathPrefix) ? undefined : request.clone();
    const tokenSent = this.#session?.accessToken;
    let response = await this.#send(request, tokenSent);
    if (response.status === 401 && retry !== undefined) {
      // If another request already refreshed while this one was in flight, just use its token.
      const current = this.#session?.accessToken;
      const token =
        current !== undefined && current !== tokenSent ? current : (await this.refresh())?.accessToken;
      if (token !== undefined) response = await this.#send(retry, token);
    }
    return response;
  }

  async #send(request: Request, token: string | undefined): Promise<Response> {
    if (token !== undefined) request.headers.set('Authorization', `Bearer ${token}`);
    try {
      return await this.#fetch(request);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw networkError(error);
    }
  }
}
