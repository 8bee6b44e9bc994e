/**
 * The one configuration object of a Winter Arc process, read from the environment once at start-up.
 * Every variable is validated here; a bad value stops the process with a message naming the variable
 * and what it expects. Secrets may come from `NAME_FILE` (a path) instead of `NAME`, as Docker and
 * Kubernetes secrets are mounted. There are no default credentials: a JWT secret is either given,
 * or (outside production) generated once and kept in the data directory.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { repoPaths } from '../paths.js';
import { ConfigError, readEnv } from './env.js';
import { loadOrCreateSecret } from './secret-file.js';

export const runModes = ['development', 'production', 'test'] as const;
export type RunMode = (typeof runModes)[number];
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];
export const logFormatSettings = ['auto', 'json', 'pretty'] as const;
export type LogFormatSetting = (typeof logFormatSettings)[number];

export interface Config {
  mode: RunMode;
  host: string;
  port: number;
  logLevel: LogLevel;
  /** auto: human-readable lines in a terminal, JSON otherwise. */
  logFormat: LogFormatSetting;
  /** Where embedded state lives: the PGlite data directory and the generated JWT secret. */
  dataDir: string;
  /** Unset = embedded PGlite in `${dataDir}/pglite`. */
  databaseUrl: string | undefined;
  /** PostgreSQL as the schema's owner (migrate, seed, backup, restore); defaults to `databaseUrl`. */
  migrationDatabaseUrl: string | undefined;
  /** Unset = in-process cache. */
  redisUrl: string | undefined;
  /** Unset = the in-process judge queue (embedded mode). */
  rabbitmqUrl: string | undefined;
  /** Prefix of the judge queue names, so deployments (or test runs) can share one broker. */
  rabbitmqQueuePrefix: string;
  judging: {
    /** Submissions a worker judges at once (its queue prefetch); below the sandbox uid pool. */
    concurrency: number;
    /** Attempts before a submission that keeps stopping its worker is failed and dead-lettered. */
    maxAttempts: number;
    /** A submission judging longer than this is retried (or failed once out of attempts). */
    stuckAfterSeconds: number;
    /** Where a worker keeps the problem packages it fetched. */
    cacheDir: string;
    /** Submissions of one learner judged at once across all workers; the rest wait their turn. */
    maxInFlightPerUser: number;
    /** Unfinished submissions one learner may have (then POST /submissions answers 429). */
    maxQueuedPerUser: number;
    /** Unfinished submissions from one client address, whatever the accounts (then 429). */
    maxQueuedPerAddress: number;
  };
  /** Hops of reverse proxies to trust for the client address (0 = none). */
  trustProxyHops: number;
  http: {
    /** A client must send the request line and headers within this (then 408, connection closed). */
    headersTimeoutSeconds: number;
    /** …and the whole request, body included, within this: a trickling body cannot hold a socket. */
    requestTimeoutSeconds: number;
  };
  webSockets: {
    /** Origins besides the server's own whose pages may open the WebSocket. */
    allowedOrigins: string[];
    /** Sockets one address may hold open before authenticating (then the upgrade gets 429). */
    maxUnauthenticatedPerAddress: number;
    /** Sockets this API process holds open at most (then the upgrade gets 503 and Retry-After). */
    maxConnections: number;
  };
  auth: {
    jwtSecret: Uint8Array;
    issuer: string;
    audience: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    /** Failed sign-ins allowed per account and per client address inside the window, then 429. */
    /** Failures of one account from one address (or one known device) per `signInWindowSeconds`. */
    maxFailedSignInsPerAccountAndAddress: number;
    /** Failures from one address, whatever the accounts, per `signInWindowSeconds`. */
    maxFailedSignInsPerAddress: number;
    signInWindowSeconds: number;
    /** The slow limit: failures of one account from anywhere per `signInAccountWindowSeconds`. */
    maxFailedSignInsPerAccount: number;
    signInAccountWindowSeconds: number;
  };
  /** Requests allowed per window (then 429), counted in the shared counter store. */
  rateLimits: {
    windowSeconds: number;
    /** Callers without a valid access token, per client address. */
    perAddress: number;
    /** Signed-in callers, per user, whatever address they come from. */
    perUser: number;
    /** POST /api/v1/submissions, per user (each one costs a judge run). */
    submissionsPerUser: number;
    /** Quiz answers (each POST grades and stores), per user. */
    quizAnswersPerUser: number;
    /** Sign-up, sign-in and the token endpoint, per client address. */
    authPerAddress: number;
  };
  /** The curriculum folder `winterarc seed` loads (sessions.yaml + weeks/). */
  roadmapContentDir: string;
  /** The starter problem packages `winterarc seed` imports (catalog.yaml + one directory each). */
  problemsContentDir: string;
  /** The quizzes `winterarc seed` loads (one `<topic>.yaml` each; docs/quiz-format.md). */
  quizzesContentDir: string;
  /** The built web app served at `/` (skipped with a warning when not built). */
  webDistDir: string;
  metrics: {
    /** When set, `/metrics` answers only `Authorization: Bearer <token>`. */
    token: string | undefined;
    /** Where `winterarc worker` serves /metrics and /healthz (it has no API port). */
    workerHost: string;
    workerPort: number;
  };
}

/** Smallest JWT secret accepted: 32 bytes, the HS256 key size RFC 7518 §3.2 asks for. */
export const minJwtSecretBytes = 32;
/** Shortest metrics token accepted: long enough not to be guessed by trying. */
export const minMetricsTokenLength = 16;

/** Whether `value` is an origin exactly as a browser sends it: `scheme://host[:port]`, nothing more. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * Stops a process that serves `/metrics` in production without METRICS_TOKEN: the metrics would be
 * open to anyone who can reach the port. (Commands that serve nothing, like `migrate`, need no token.)
 */
export function requireMetricsTokenInProduction(config: Config): void {
  if (config.mode === 'production' && config.metrics.token === undefined) {
    throw new ConfigError(
      'METRICS_TOKEN',
      `is required when NODE_ENV=production, or /metrics is open to anyone who can reach it (set METRICS_TOKEN or METRICS_TOKEN_FILE to ${minMetricsTokenLength}+ characters, e.g. \`openssl rand -hex 24\`)`,
    );
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = readEnv(env);
  const mode = read.oneOf('NODE_ENV', runModes, 'development');
  const dataDir = path.resolve(read.string('WINTERARC_DATA_DIR', './data'));
  const databaseUrl = read.optionalUrl('DATABASE_URL', ['postgres:', 'postgresql:']);
  // The owner role's connection, for migrations, seeding, backups and restores; the app's own role
  // (DATABASE_URL) then needs no right to change the schema. Unset: DATABASE_URL does everything.
  const migrationDatabaseUrl = read.optionalUrl('MIGRATION_DATABASE_URL', ['postgres:', 'postgresql:']);
  if (migrationDatabaseUrl !== undefined && databaseUrl === undefined)
    throw new ConfigError(
      'MIGRATION_DATABASE_URL',
      'is only used with PostgreSQL: set DATABASE_URL too (the embedded database has no roles)',
    );
  const redisUrl = read.optionalUrl('REDIS_URL', ['redis:', 'rediss:']);
  const rabbitmqUrl = read.optionalUrl('RABBITMQ_URL', ['amqp:', 'amqps:']);
  const rabbitmqQueuePrefix = read.string('RABBITMQ_QUEUE_PREFIX', 'winterarc');
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(rabbitmqQueuePrefix)) {
    throw new ConfigError(
      'RABBITMQ_QUEUE_PREFIX',
      'must be 1-64 letters, digits, dots, dashes or underscores',
    );
  }

  const givenSecret = read.optionalSecret('JWT_SECRET');
  if (givenSecret !== undefined && Buffer.byteLength(givenSecret) < minJwtSecretBytes) {
    throw new ConfigError(
      'JWT_SECRET',
      `must be at least ${minJwtSecretBytes} bytes of random data (e.g. \`openssl rand -base64 48\`)`,
    );
  }
  if (givenSecret === undefined && mode === 'production') {
    throw new ConfigError(
      'JWT_SECRET',
      'is required when NODE_ENV=production (set JWT_SECRET or JWT_SECRET_FILE to 32+ random bytes)',
    );
  }
  const jwtSecret = new TextEncoder().encode(
    givenSecret ?? loadOrCreateSecret(path.join(dataDir, 'jwt-secret')),
  );

  const metricsToken = read.optionalSecret('METRICS_TOKEN');
  if (
    metricsToken !== undefined &&
    (metricsToken.length < minMetricsTokenLength || /\s/.test(metricsToken))
  ) {
    throw new ConfigError(
      'METRICS_TOKEN',
      `must be at least ${minMetricsTokenLength} characters without spaces (e.g. \`openssl rand -hex 24\`)`,
    );
  }

  const headersTimeoutSeconds = read.integer('HTTP_HEADERS_TIMEOUT_SECONDS', 20, { min: 1, max: 600 });
  const requestTimeoutSeconds = read.integer('HTTP_REQUEST_TIMEOUT_SECONDS', 60, { min: 1, max: 3600 });
  if (headersTimeoutSeconds > requestTimeoutSeconds) {
    throw new ConfigError(
      'HTTP_HEADERS_TIMEOUT_SECONDS',
      `must not be more than HTTP_REQUEST_TIMEOUT_SECONDS (${requestTimeoutSeconds}): the headers are part of the request`,
    );
  }

  const allowedOrigins = (read.optionalString('WS_ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of allowedOrigins) {
    if (!isOrigin(origin)) {
      throw new ConfigError(
        'WS_ALLOWED_ORIGINS',
        `must be a comma-separated list of origins like https://app.example.com (scheme, host, optional port; no path), got "${origin}"`,
      );
    }
  }

  return {
    mode,
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 8080, { min: 0, max: 65535 }),
    logLevel: read.oneOf('LOG_LEVEL', logLevels, mode === 'test' ? 'silent' : 'info'),
    logFormat: read.oneOf('LOG_FORMAT', logFormatSettings, 'auto'),
    dataDir,
    databaseUrl,
    migrationDatabaseUrl,
    redisUrl,
    rabbitmqUrl,
    rabbitmqQueuePrefix,
    judging: {
      concurrency: read.integer('JUDGE_CONCURRENCY', Math.max(1, availableParallelism() - 1), {
        min: 1,
        max: 64,
      }),
      maxAttempts: read.integer('JUDGE_MAX_ATTEMPTS', 3, { min: 1, max: 20 }),
      stuckAfterSeconds: read.integer('JUDGE_STUCK_AFTER_SECONDS', 300, { min: 10, max: 86400 }),
      cacheDir: path.resolve(read.string('JUDGE_CACHE_DIR', path.join(dataDir, 'judge-cache'))),
      maxInFlightPerUser: read.integer('JUDGE_MAX_IN_FLIGHT_PER_USER', 2, { min: 1, max: 64 }),
      maxQueuedPerUser: read.integer('JUDGE_MAX_QUEUED_PER_USER', 10, { min: 1, max: 10_000 }),
      maxQueuedPerAddress: read.integer('JUDGE_MAX_QUEUED_PER_ADDRESS', 30, { min: 1, max: 100_000 }),
    },
    trustProxyHops: read.integer('TRUST_PROXY_HOPS', 0, { min: 0, max: 10 }),
    http: { headersTimeoutSeconds, requestTimeoutSeconds },
    webSockets: {
      allowedOrigins,
      maxUnauthenticatedPerAddress: read.integer('WS_MAX_UNAUTHENTICATED_PER_ADDRESS', 10, {
        min: 1,
        max: 10_000,
      }),
      maxConnections: read.integer('WS_MAX_CONNECTIONS', 5000, { min: 1, max: 1_000_000 }),
    },
    auth: {
      jwtSecret,
      issuer: read.string('JWT_ISSUER', 'winterarc'),
      audience: read.string('JWT_AUDIENCE', 'winterarc-api'),
      accessTokenTtlSeconds: read.integer('ACCESS_TOKEN_TTL_SECONDS', 900, { min: 30, max: 86400 }),
      refreshTokenTtlSeconds: read.integer('REFRESH_TOKEN_TTL_SECONDS', 30 * 86400, {
        min: 300,
        max: 365 * 86400,
      }),
      maxFailedSignInsPerAccountAndAddress: read.integer('SIGNIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS', 5, {
        min: 1,
        max: 1000,
      }),
      maxFailedSignInsPerAddress: read.integer('SIGNIN_MAX_FAILURES_PER_ADDRESS', 20, { min: 1, max: 10000 }),
      signInWindowSeconds: read.integer('SIGNIN_WINDOW_SECONDS', 900, { min: 1, max: 86400 }),
      maxFailedSignInsPerAccount: read.integer('SIGNIN_MAX_FAILURES_PER_ACCOUNT', 50, {
        min: 1,
        max: 100_000,
      }),
      signInAccountWindowSeconds: read.integer('SIGNIN_ACCOUNT_WINDOW_SECONDS', 86400, {
        min: 1,
        max: 7 * 86400,
      }),
    },
    rateLimits: {
      windowSeconds: read.integer('RATE_LIMIT_WINDOW_SECONDS', 60, { min: 1, max: 3600 }),
      perAddress: read.integer('RATE_LIMIT_PER_ADDRESS', 300, { min: 1, max: 1_000_000 }),
      perUser: read.integer('RATE_LIMIT_PER_USER', 600, { min: 1, max: 1_000_000 }),
      submissionsPerUser: read.integer('RATE_LIMIT_SUBMISSIONS_PER_USER', 10, { min: 1, max: 10_000 }),
      quizAnswersPerUser: read.integer('RATE_LIMIT_QUIZ_ANSWERS_PER_USER', 60, { min: 1, max: 10_000 }),
      authPerAddress: read.integer('RATE_LIMIT_AUTH_PER_ADDRESS', 30, { min: 1, max: 100_000 }),
    },
    roadmapContentDir: path.resolve(read.string('WINTERARC_CONTENT_DIR', repoPaths.roadmapContent)),
    problemsContentDir: path.resolve(read.string('WINTERARC_PROBLEMS_DIR', repoPaths.problemsContent)),
    quizzesContentDir: path.resolve(read.string('WINTERARC_QUIZZES_DIR', repoPaths.quizzesContent)),
    webDistDir: path.resolve(read.string('WINTERARC_WEB_DIST', repoPaths.webDist)),
    metrics: {
      token: metricsToken,
      workerHost: read.string('WORKER_METRICS_HOST', '127.0.0.1'),
      workerPort: read.integer('WORKER_METRICS_PORT', 9464, { min: 0, max: 65535 }),
    },
  };
}
