/**
 * The Prometheus metrics of one process: its own registry (never prom-client's global one, so two
 * apps in one test process never share or double-register), the Node.js process metrics, and the
 * named metrics of the API and the judging pipeline. The queue and outbox metrics are added by the
 * process that has that work (see scrape-gauges.ts), so a worker never shows an outbox it lacks.
 * The metrics are documented in docs/architecture.md ("Metrics").
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { internalErrorReason } from './internal-error-reason.js';

/** What the worker reports for each verdict it wrote. */
export interface JudgedInfo {
  language: string;
  verdict: string;
  seconds: number;
  /** The verdict's message (for an IE, what went wrong). */
  message?: string | undefined;
}

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to sending its response, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const judgeDuration = new Histogram({
    name: 'judge_duration_seconds',
    help: 'Time a worker took to judge a submission (claim to verdict written), by language and verdict.',
    labelNames: ['language', 'verdict'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120],
    registers: [registry],
  });
  const judged = new Counter({
    name: 'judged_submissions_total',
    help: 'Verdicts written by this worker, by language and verdict.',
    labelNames: ['language', 'verdict'] as const,
    registers: [registry],
  });
  const internalErrors = new Counter({
    name: 'judge_internal_errors_total',
    help: 'Submissions that ended in an internal error (IE), by coarse cause.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  return {
    registry,
    httpRequests,
    httpDuration,
    recordJudged(info: JudgedInfo) {
      const labels = { language: info.language, verdict: info.verdict };
      judged.inc(labels);
      judgeDuration.observe(labels, info.seconds);
      if (info.verdict === 'IE') internalErrors.inc({ reason: internalErrorReason(info.message) });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
