/**
 * The one way the app talks to the API. It keeps the access token in memory only (never in storage,
 * where any injected script could read it), parses every error into an ApiError, and on a 401
 * refreshes the session once and retries.
 *
 * Refresh tokens are single use and the server treats a reused one as theft, signing out every
 * session of that login. So refreshes must never overlap: concurrent callers share one in-flight
 * refresh, and (where the browser supports Web Locks) tabs take turns, so the second tab presents the
 * cookie the first one just rotated rather than the spent one.
 */
import { ApiError, networkError, toApiError } from './errors';
import type { Session } from './types';

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Serialized as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Refresh and retry once on 401. Off for the auth endpoints themselves. */
  retryOn401?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export type SessionListener = (session: Session | null) => void;

/** Runs `task` while holding an exclusive lock shared by every tab of this origin. */
export type RefreshLock = <T>(task: () => Promise<T>) => Promise<T>;

export interface ApiClientOptions {
  /** Injected in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Prefix for every path; empty because the app and the API share an origin. */
  baseUrl?: string;
  refreshLock?: RefreshLock;
}

export const refreshPath = '/api/v1/auth/refresh';

const webLocksRefreshLock: RefreshLock = async (task) =>
  typeof navigator !== 'undefined' && 'locks' in navigator
    ? await navigator.locks.request('winterarc-session-refresh', task)
    : await task();

export class ApiClient {
  readonly #fetch: typeof fetch;
  readonly #baseUrl: string;
  readonly #refreshLock: RefreshLock;
  readonly #listeners = new Set<SessionListener>();
  #session: Session | null = null;
  #refreshInFlight: Promise<Session | null> | null = null;

  constructor(options: ApiClientOptions = {}) {
    // Bound so that calling it detached from `window` does not throw "Illegal invocation".
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#baseUrl = options.baseUrl ?? '';
    this.#refreshLock = options.refreshLock ?? webLocksRefreshLock;
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
      const { data } = await this.request<Session>(refreshPath, {
        method: 'POST',
        body: {},
        retryOn401: false,
      });
      this.setSession(data);
      return data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this.setSession(null);
        return null;
      }
      throw error;
    }
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const tokenSent = this.#session?.accessToken;
    let response = await this.#send(path, options, tokenSent);
    if (response.status === 401 && options.retryOn401 !== false) {
      // If another request already refreshed while this one was in flight, just use its token.
      const current = this.#session?.accessToken;
      const token =
        current !== undefined && current !== tokenSent ? current : (await this.refresh())?.accessToken;
      if (token !== undefined) response = await this.#send(path, options, token);
    }
    const data = await readBody(response);
    if (!response.ok) throw toApiError(response.status, response.statusText, data);
    return { data: data as T, status: response.status, headers: response.headers };
  }

  /** `request` for when only the body matters. */
  async json<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return (await this.request<T>(path, options)).data;
  }

  async #send(path: string, options: RequestOptions, token: string | undefined): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    try {
      return await this.#fetch(this.#baseUrl + path, {
        method: options.method ?? 'GET',
        headers: { ...headers, ...options.headers },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
        // The refresh cookie only travels same-origin; be explicit rather than rely on the default.
        credentials: 'same-origin',
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw networkError(error);
    }
  }
}

/** JSON when the server says so, undefined for empty bodies, text otherwise (e.g. a proxy's HTML). */
async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
