/**
 * Logs (pino, Fastify's logger) with the request id on every line. Anything that could carry a
 * credential is redacted before it is written, and errors are written by `serializeError`, which
 * leaves out the data a failed query carried (its parameters, the failing row).
 * @see https://getpino.io/#/docs/redaction
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from './config/config.js';
import { serializeError } from './logged-errors.js';

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

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError },
  };
}

/** A logger with these options, writing to `destination` (default: standard output). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}
