import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'winterarc-config-'));
const strongSecret = 'k'.repeat(48);

describe('configuration', () => {
  it('starts with embedded defaults and no credentials given', () => {
    const config = loadConfig({ WINTERARC_DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      mode: 'development',
      port: 8080,
      databaseUrl: undefined,
      redisUrl: undefined,
    });
  });

  it('generates a JWT secret once outside production and keeps it, readable only by its owner', () => {
    const dir = dataDir();
    const first = loadConfig({ WINTERARC_DATA_DIR: dir }).auth.jwtSecret;
    const second = loadConfig({ WINTERARC_DATA_DIR: dir }).auth.jwtSecret;
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(first.byteLength).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('limits requests by default, and refuses a limit that is not a positive whole number', () => {
    expect(loadConfig({ WINTERARC_DATA_DIR: dataDir() }).rateLimits).toEqual({
      windowSeconds: 60,
      perAddress: 300,
      perUser: 600,
      submissionsPerUser: 10,
      quizAnswersPerUser: 60,
      authPerAddress: 30,
    });
    expect(
      loadConfig({ WINTERARC_DATA_DIR: dataDir(), RATE_LIMIT_SUBMISSIONS_PER_USER: '2' }).rateLimits
        .submissionsPerUser,
    ).toBe(2);
    for (const bad of ['0', '-5', 'ten']) {
      expect(() => loadConfig({ WINTERARC_DATA_DIR: dataDir(), RATE_LIMIT_PER_USER: bad })).toThrow(
        /RATE_LIMIT_PER_USER must be a whole number from 1 to/,
      );
    }
  });

  it('refuses production without a JWT secret, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', WINTERARC_DATA_DIR: dataDir() })).toThrow(
      /JWT_SECRET is required when NODE_ENV=production/,
    );
  });

  it('refuses a weak JWT secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'secret', WINTERARC_DATA_DIR: dataDir() })).toThrow(
      /JWT_SECRET must be at least 32 bytes/,
    );
  });

  it('reads secrets from NAME_FILE, without the trailing newline, and refuses both forms at once', () => {
    const file = path.join(dataDir(), 'jwt');
    writeFileSync(file, `${strongSecret}\n`);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET_FILE: file,
      WINTERARC_DATA_DIR: dataDir(),
    });
    expect(new TextDecoder().decode(config.auth.jwtSecret)).toBe(strongSecret);
    expect(() => loadConfig({ JWT_SECRET: strongSecret, JWT_SECRET_FILE: file })).toThrow(/set only one/);
    expect(() => loadConfig({ JWT_SECRET_FILE: '/nonexistent/secret' })).toThrow(
      /JWT_SECRET_FILE names "\/nonexistent\/secret", which cannot be read \(ENOENT\)/,
    );
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number from 0 to 65535, got "eighty"/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [
      { WS_ALLOWED_ORIGINS: 'https://ok.example, https://x.example/path' },
      /WS_ALLOWED_ORIGINS must be .*got "https:\/\/x.example\/path"/,
    ],
    [
      { HTTP_HEADERS_TIMEOUT_SECONDS: '90', HTTP_REQUEST_TIMEOUT_SECONDS: '30' },
      /HTTP_HEADERS_TIMEOUT_SECONDS must not be more than HTTP_REQUEST_TIMEOUT_SECONDS \(30\)/,
    ],
    [{ NODE_ENV: 'prod' }, /NODE_ENV must be one of development, production, test/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must use postgres: or postgresql:/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL must be a URL/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
    [
      { METRICS_TOKEN: 'a token with spaces in it' },
      /METRICS_TOKEN must be at least 16 characters without spaces/,
    ],
    [{ WORKER_METRICS_PORT: '70000' }, /WORKER_METRICS_PORT must be a whole number from 0 to 65535/],
  ])('stops on %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig({ WINTERARC_DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('never echoes a database URL, which may hold a password', () => {
    try {
      loadConfig({ DATABASE_URL: 'http://user:hunter2@db/x', WINTERARC_DATA_DIR: dataDir() });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });

  it('keeps the generated secret file a single line of base64url', () => {
    const dir = dataDir();
    loadConfig({ WINTERARC_DATA_DIR: dir });
    expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8')).toMatch(/^[A-Za-z0-9_-]{64}\n$/);
  });

  it('serves worker metrics on localhost:9464 with no token unless told otherwise', () => {
    expect(loadConfig({ WINTERARC_DATA_DIR: dataDir() }).metrics).toEqual({
      token: undefined,
      workerHost: '127.0.0.1',
      workerPort: 9464,
    });
    const file = path.join(dataDir(), 'metrics-token');
    writeFileSync(file, 'from-a-mounted-secret-0123\n');
    const config = loadConfig({
      WINTERARC_DATA_DIR: dataDir(),
      METRICS_TOKEN_FILE: file,
      WORKER_METRICS_HOST: '0.0.0.0',
      WORKER_METRICS_PORT: '9100',
    });
    expect(config.metrics).toEqual({
      token: 'from-a-mounted-secret-0123',
      workerHost: '0.0.0.0',
      workerPort: 9100,
    });
  });
});
