/**
 * JSON logs (pino, Fastify's logger) with the request id on every line. Anything that could carry a
 * credential is redacted before it is written.
 * @see https://getpino.io/#/docs/redaction
 */
import type { LogLevel } from './config/config.js';

export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.refreshToken',
  '*.refresh_token',
  '*.accessToken',
  '*.access_token',
  '*.jwtSecret',
  '*.databaseUrl',
  '*.redisUrl',
];

export function loggerOptions(level: LogLevel) {
  return { level, redact: { paths: redactedPaths, censor: '[redacted]' } };
}
