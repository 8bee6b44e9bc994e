/**
 * The API's side of the metrics: every answered request counted and timed by its route pattern
 * (`/api/v1/submissions/:id`, never the raw URL, whose ids would make a new series per request),
 * and `GET /metrics` in the Prometheus text format. Scrapes themselves are not counted.
 */
import type { FastifyInstance } from 'fastify';
import { httpProblem } from '../http/problem.js';
import type { Metrics } from './metrics.js';
import { mayScrape } from './scrape-access.js';

export const metricsPath = '/metrics';

/** Route label of a request no route matched (its URL could be anything a client sends). */
const unmatchedRoute = 'unmatched';

/** Call on the root instance before routes are added, so every route is measured. */
export function instrumentRequests(app: FastifyInstance, metrics: Metrics) {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? unmatchedRoute;
    if (route === metricsPath) return;
    const method = request.method;
    metrics.httpRequests.inc({ method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
  });
}

export function metricsRoute(metrics: Metrics, token: string | undefined) {
  return async function register(app: FastifyInstance) {
    app.get(
      metricsPath,
      { schema: { tags: ['health'], summary: 'Prometheus metrics (text format)' }, logLevel: 'warn' },
      async (request, reply) => {
        if (!mayScrape(request.headers.authorization, token))
          throw httpProblem.unauthenticated(
            'Metrics need `Authorization: Bearer <token>` with the token set in METRICS_TOKEN on the server.',
          );
        const body = await metrics.registry.metrics();
        return reply.type(metrics.registry.contentType).send(body);
      },
    );
  };
}
