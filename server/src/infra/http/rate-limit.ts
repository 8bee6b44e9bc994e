/**
 * Request rate limits on /api/v1 (health, docs and the web app live outside it and are never limited).
 * Every request is counted against one budget: the signed-in user's (so a classroom behind one NAT
 * address is not one budget), or, without a valid access token, the client address's. A few routes
 * replace it with a stricter budget of their own: submitting (each submission costs a judge run),
 * starting quiz attempts and answering them (each answer is graded and stored), and the password
 * endpoints (guessing). Counts live in the shared CounterStore, so every instance
 * sees the same numbers. Limits are checked in onRequest, before the body is parsed or validated:
 * a flood of invalid requests is limited too, and so are paths and methods no route serves (an
 * unknown /api/v1 path, OPTIONS): they answer 404 after counting. Answers carry `RateLimit-Limit/-Remaining/-Reset`
 * (IETF draft, as @fastify/rate-limit's `enableDraftSpec` writes them); a 429 adds `Retry-After`
 * and is our problem document.
 * @see https://github.com/fastify/fastify-rate-limit
 * @see https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
 */
import rateLimit, { type FastifyRateLimitStore, normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CounterStore } from '../cache/cache.js';
import type { Config } from '../config/config.js';
import { sendUnmatched } from './framework-errors.js';
import { httpProblem } from './problem.js';

export interface RateLimitDependencies {
  counters: CounterStore;
  limits: Config['rateLimits'];
  /**
   * The user whose access token the request carries, or undefined without a valid one. The route's
   * guard checks the token again (with its session); here a bad token only counts against the address.
   */
  tokenUserOf: (request: FastifyRequest) => Promise<string | undefined>;
}

interface StricterLimit {
  method: string;
  url: string;
  /** Names the budget in its key, so it is counted apart from the general one. */
  name: string;
  max: number;
  keyOf: 'user' | 'address';
}

/** @fastify/rate-limit's store interface over our CounterStore (Redis, or a Map when embedded). */
function storeOver(counters: CounterStore) {
  const store: FastifyRateLimitStore = {
    incr(key, callback, timeWindowMs) {
      counters.hit(`rate:${key}`, Math.max(1, Math.ceil(timeWindowMs / 1000))).then(
        ({ count, resetInSeconds }) => callback(null, { current: count, ttl: resetInSeconds * 1000 }),
        (error: Error) => callback(error),
      );
    },
    // Route budgets share the one store; their keys keep them apart.
    child: () => store,
  };
  return class CounterStoreAdapter {
    incr = store.incr;
    child = store.child;
  };
}

export async function installRateLimits(api: FastifyInstance, deps: RateLimitDependencies) {
  const { counters, limits, tokenUserOf } = deps;
  // A socket that closed already has no address, and an injected WebSocket (tests) no socket at all;
  // `request.ip` would throw then. They share one budget.
  const addressKey = (request: FastifyRequest) =>
    `address:${request.socket?.remoteAddress === undefined ? 'unknown' : normalizeIP(request.ip)}`;
  const callerKey = async (request: FastifyRequest) => {
    const userId = await tokenUserOf(request);
    return userId === undefined ? addressKey(request) : `user:${userId}`;
  };

  const stricter: StricterLimit[] = [
    {
      method: 'POST',
      url: '/api/v1/submissions',
      name: 'submit',
      max: limits.submissionsPerUser,
      keyOf: 'user',
    },
    // Each answer is graded and stored; a script hammering it would fill the statistics.
    ...['/api/v1/quiz-attempts', '/api/v1/quiz-attempts/:id/answers'].map(
      (url): StricterLimit => ({
        method: 'POST',
        url,
        name: 'quiz',
        max: limits.quizAnswersPerUser,
        keyOf: 'user',
      }),
    ),
    ...['/api/v1/auth/signup', '/api/v1/auth/signin', '/api/v1/auth/token'].map(
      (url): StricterLimit => ({
        method: 'POST',
        url,
        name: 'auth',
        max: limits.authPerAddress,
        keyOf: 'address',
      }),
    ),
  ];
  const applied = new Set<StricterLimit>();
  // Runs before the plugin's own onRoute hook (added below), which reads `config.rateLimit`.
  api.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    const limit = stricter.find((l) => l.url === route.url && methods.includes(l.method as never));
    if (limit === undefined) return;
    applied.add(limit);
    const key = limit.keyOf === 'user' ? callerKey : addressKey;
    route.config = {
      ...route.config,
      rateLimit: { max: limit.max, keyGenerator: async (request) => `${limit.name}:${await key(request)}` },
    };
  });

  // A renamed route must not silently lose its stricter limit.
  api.addHook('onReady', async () => {
    const missing = stricter.filter((limit) => !applied.has(limit));
    if (missing.length > 0) {
      throw new Error(
        `Rate limits name routes that do not exist: ${missing.map((l) => `${l.method} ${l.url}`).join(', ')}`,
      );
    }
  });

  await api.register(rateLimit, {
    store: storeOver(counters),
    hook: 'onRequest',
    enableDraftSpec: true,
    timeWindow: limits.windowSeconds * 1000,
    keyGenerator: callerKey,
    max: (_request, key) => (key.startsWith('user:') ? limits.perUser : limits.perAddress),
    // The counter store never fails (it falls back to counting in this process); if it ever did,
    // serving unlimited beats failing every request.
    skipOnError: true,
    errorResponseBuilder: (_request, { max, ttl }) => {
      const retryAfter = Math.max(1, Math.ceil(ttl / 1000));
      return httpProblem.tooManyRequests(
        `Too many requests: this allows ${max} per ${limits.windowSeconds} s. Wait ${retryAfter} s before trying again.`,
        retryAfter,
      );
    },
  });
  // Every /api/v1 request counts, the ones no route serves too: the plugin only hooks routes, so
  // they get one, in this scope (it also keeps the web app's fallback route from answering them).
  api.all('/*', { schema: { hide: true } }, sendUnmatched);
}
