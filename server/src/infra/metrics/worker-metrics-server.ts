/**
 * The worker's small HTTP server: a worker has no API, yet Prometheus must scrape it and an
 * orchestrator must see it is alive. It answers `GET /metrics` and `GET /healthz` and nothing else;
 * plain node:http is enough for two read-only paths.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsPath } from './http-metrics.js';
import type { Metrics } from './metrics.js';
import { mayScrape } from './scrape-access.js';

export interface WorkerMetricsServer {
  /** The port it listens on (useful when 0 was asked for). */
  port: number;
  close(): Promise<void>;
}

export async function startWorkerMetricsServer(options: {
  metrics: Metrics;
  host: string;
  port: number;
  token: string | undefined;
}): Promise<WorkerMetricsServer> {
  const server = createServer((request, response) => {
    void answer(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain', 'metrics could not be collected\n');
      else response.destroy();
    });
  });

  async function answer(request: IncomingMessage, response: ServerResponse) {
    const pathname = new URL(request.url ?? '/', 'http://worker').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'only GET is served here\n', { allow: 'GET, HEAD' });
    if (pathname === '/healthz') return send(response, 200, 'application/json', '{"status":"ok"}');
    if (pathname !== metricsPath)
      return send(response, 404, 'text/plain', 'not found: this port serves /metrics and /healthz\n');
    if (!mayScrape(request.headers.authorization, options.token))
      return send(response, 401, 'text/plain', 'metrics need Authorization: Bearer <METRICS_TOKEN>\n', {
        'www-authenticate': 'Bearer',
      });
    const body = await options.metrics.registry.metrics();
    return send(response, 200, options.metrics.registry.contentType, body);
  }

  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `cannot serve worker metrics on ${options.host}:${options.port} (${error.code ?? error.message}); set WORKER_METRICS_HOST and WORKER_METRICS_PORT to a free address (each worker on a host needs its own port)`,
        ),
      );
    server.once('error', failed);
    server.listen(options.port, options.host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  response.end(body);
}
