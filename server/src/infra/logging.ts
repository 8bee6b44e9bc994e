/**
 * Logs (pino, Fastify's logger) with the request id on every line. Anything that could carry a
 * credential is redacted before it is written, and errors are written by `serializeError`, which
 * leaves out the data a failed query carried (its parameters, the failing row). JSON lines for
 * machines; in a terminal, human-readable lines (pino-pretty, the same records).
 * @see https://getpino.io/#/docs/redaction
 * @see https://github.com/pinojs/pino-pretty
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import type { LogFormatSetting, LogLevel } from './config/config.js';
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

export type LogFormat = 'json' | 'pretty';

/**
 * `auto` (the default of LOG_FORMAT): human-readable lines when standard output is a terminal, where
 * a person reads them; JSON lines otherwise (a pipe, a file, a container's log collector).
 */
export function chooseLogFormat(setting: LogFormatSetting, stdoutIsTerminal: boolean): LogFormat {
  if (setting !== 'auto') return setting;
  return stdoutIsTerminal ? 'pretty' : 'json';
}

/** A logger with these options, in `format`, writing to `destination` (default: standard output). */
export function createLogger(
  level: LogLevel,
  destination?: DestinationStream,
  format: LogFormat = 'json',
): Logger {
  if (format === 'pretty') {
    // Synchronous, like pino's own stdout, so nothing is lost when the process exits.
    const stream = pretty({
      sync: true,
      colorize: destination === undefined && pretty.isColorSupported,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
      ...(destination === undefined ? {} : { destination }),
    });
    return pino(loggerOptions(level), stream);
  }
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}
