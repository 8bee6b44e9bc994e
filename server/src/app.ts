/**
 * The HTTP application as one plugin tree: infrastructure (errors, validation, security headers,
 * OpenAPI), then the feature modules under /api/v1, then the web app. `serve`/`api` start it; tests
 * build it and call it with `inject`, so the tests exercise exactly what runs.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Cache, CounterStore } from './infra/cache/cache.js';
import type { Config } from './infra/config/config.js';
import type { DatabaseHandle } from './infra/db/database.js';
import { storeNothingByDefault } from './infra/http/cache-policy.js';
import { installErrorHandling } from './infra/http/error-handler.js';
import { clientErrorHandler, frameworkErrors, maxPathSegmentLength } from './infra/http/framework-errors.js';
import { waitForHandlersOnClose } from './infra/http/in-flight.js';
import { registerOpenApi } from './infra/http/openapi.js';
import { installRateLimits } from './infra/http/rate-limit.js';
import { problemDetailsSchema } from './infra/http/schemas.js';
import { validatorCompiler } from './infra/http/validation.js';
import { serveWebApp } from './infra/http/web-app.js';
import { createWebSocketAdmission } from './infra/http/websocket-admission.js';
import { createLogger } from './infra/logging.js';
import { instrumentRequests, metricsRoute } from './infra/metrics/http-metrics.js';
import type { Metrics } from './infra/metrics/metrics.js';
import type { PubSub } from './infra/pubsub/pubsub.js';
import type { JobQueue } from './infra/queue/job-queue.js';
import { createGuards, tokenUserOf } from './modules/auth/guards.js';
import { createRefreshTokenRepository } from './modules/auth/refresh-token-repository.js';
import { authRoutes } from './modules/auth/routes.js';
import { userSchema } from './modules/auth/schemas.js';
import { createAuthService } from './modules/auth/service.js';
import { createSessions } from './modules/auth/sessions.js';
import { createSignInThrottle } from './modules/auth/sign-in-throttle.js';
import { createAccessTokens } from './modules/auth/tokens.js';
import { healthRoutes } from './modules/health/routes.js';
import { createCatalogRepository } from './modules/problems/catalog-repository.js';
import { createEditorialRepository } from './modules/problems/editorial-repository.js';
import { createProblemRepository } from './modules/problems/repository.js';
import { createProblemResponseCache } from './modules/problems/response-cache.js';
import { problemRoutes } from './modules/problems/routes.js';
import { createQuizRepository } from './modules/quizzes/repository.js';
import { quizRoutes } from './modules/quizzes/routes.js';
import { createQuizService } from './modules/quizzes/service.js';
import { createProgressRepository } from './modules/roadmap/progress-repository.js';
import { createRoadmapRepository } from './modules/roadmap/roadmap-repository.js';
import { roadmapRoutes } from './modules/roadmap/routes.js';
import { createRoadmapService } from './modules/roadmap/service.js';
import { createFairQueue } from './modules/submissions/fair-queue.js';
import { liveRoute } from './modules/submissions/live-route.js';
import { createSubmissionRepository } from './modules/submissions/repository.js';
import { submissionRoutes } from './modules/submissions/routes.js';
import { createSubmissionService } from './modules/submissions/service.js';
import { createAccountService } from './modules/users/account-service.js';
import { createUserRepository } from './modules/users/repository.js';
import { userRoutes } from './modules/users/routes.js';

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  counters: CounterStore;
  /** Finished responses (problem lists and statements); a miss when unreachable. */
  cache: Cache;
  /** Live submission events for the WebSocket. */
  pubsub: PubSub;
  /** The judge queue, for readiness (submissions are accepted while it is down, and wait). */
  queue: JobQueue;
  /** This process's metrics registry (shared with its pipeline), served at /metrics. */
  metrics: Metrics;
  /** Told when a submission is committed (wakes the outbox relay when it runs in this process). */
  onSubmissionCreated?: () => void;
  /** The process's logger (made with `createLogger`); default: a JSON logger on standard output. */
  logger?: FastifyBaseLogger;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp({
  config,
  database,
  counters,
  cache,
  pubsub,
  queue,
  metrics,
  onSubmissionCreated,
  logger,
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger ?? createLogger(config.logLevel),
    // Trust exactly N proxy hops for X-Forwarded-For, so a client cannot spoof its address.
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    // A caller's X-Request-Id is kept (so traces join up across services) when it is a safe token.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // A client that sends its headers or body slowly (slowloris) is cut off, its socket freed: Node
    // answers 408 (clientErrorHandler) once a limit passes, checking open connections every second.
    requestTimeout: config.http.requestTimeoutSeconds * 1000,
    http: { headersTimeout: config.http.headersTimeoutSeconds * 1000, connectionsCheckingInterval: 1000 },
    routerOptions: { maxParamLength: maxPathSegmentLength },
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Before any route is added, so every handler is tracked.
  waitForHandlersOnClose(app);
  instrumentRequests(app, metrics);
  installErrorHandling(app);
  app.addSchema(problemDetailsSchema);
  app.addSchema(userSchema);

  await app.register(helmet, { contentSecurityPolicy: { useDefaults: true } });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });
  await registerOpenApi(app);

  const accessTokens = createAccessTokens(config.auth);
  const refreshTokens = createRefreshTokenRepository(database.db);
  const sessions = createSessions({ refreshTokens, cache, pubsub });
  const guards = createGuards(accessTokens, sessions);
  const users = createUserRepository(database.db);
  const auth = createAuthService({
    users,
    refreshTokens,
    accessTokens,
    throttle: createSignInThrottle(counters, config.auth),
    sessions,
    auth: config.auth,
  });
  const problemRepository = createProblemRepository(database.db);
  const roadmap = createRoadmapService({
    roadmap: createRoadmapRepository(database.db),
    progress: createProgressRepository(database.db),
  });

  const quizzes = createQuizService({ quizzes: createQuizRepository(database.db) });

  const submissionService = createSubmissionService({
    submissions: createSubmissionRepository(database.db),
    line: createFairQueue(database.db, { maxInFlight: config.judging.maxInFlightPerUser }),
    queueCaps: { perUser: config.judging.maxQueuedPerUser, perAddress: config.judging.maxQueuedPerAddress },
    problems: problemRepository,
    ...(onSubmissionCreated === undefined ? {} : { onCreated: onSubmissionCreated }),
  });

  await app.register(
    healthRoutes([
      { name: 'database', required: true, check: () => database.ping() },
      { name: 'cache', required: false, check: () => counters.ping() },
      { name: 'live-events', required: false, check: () => pubsub.ping() },
      { name: 'judge-queue', required: false, check: () => queue.ping() },
    ]),
  );
  await app.register(metricsRoute(metrics, config.metrics.token));
  await app.register(
    async (api) => {
      storeNothingByDefault(api);
      await installRateLimits(api, {
        counters,
        limits: config.rateLimits,
        tokenUserOf: tokenUserOf(accessTokens),
      });
      await api.register(
        authRoutes({
          auth,
          secureCookies: config.mode === 'production',
          refreshTtlSeconds: config.auth.refreshTokenTtlSeconds,
        }),
      );
      await api.register(
        userRoutes({
          accounts: createAccountService({ db: database.db, users, refreshTokens, sessions }),
          guards,
        }),
      );
      await api.register(roadmapRoutes({ roadmap, quizzes, guards }));
      await api.register(quizRoutes({ quizzes, guards }));
      await api.register(submissionRoutes({ service: submissionService, guards }));
      await api.register(
        liveRoute({ pubsub, accessTokens, sessions, admission: createWebSocketAdmission(config.webSockets) }),
      );
      await api.register(
        problemRoutes({
          repository: problemRepository,
          catalog: createCatalogRepository(database.db),
          editorials: createEditorialRepository(database.db),
          responses: createProblemResponseCache(cache, problemRepository),
          guards,
        }),
      );
    },
    { prefix: '/api/v1' },
  );
  await serveWebApp(app, config.webDistDir);
  return app;
}
