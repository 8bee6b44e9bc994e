/**
 * Serves the built React app at `/`. Unknown paths outside the API fall back to index.html so the
 * app's own router handles deep links; API paths keep their problem+json 404.
 * @see https://github.com/fastify/fastify-static
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';
import { httpProblem } from './problem.js';

const apiPrefixes = ['/api/', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

export async function serveWebApp(app: FastifyInstance, distDir: string) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn({ distDir }, 'web app not built; run `npm run build` to serve it at /');
    return;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false });
  // Specific routes win over this wildcard, so it only sees paths nothing else claimed.
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (apiPrefixes.some((prefix) => pathname.startsWith(prefix))) {
      return sendProblem(
        reply,
        httpProblem.notFound(`There is no ${request.method} ${pathname}. See /docs.`),
      );
    }
    return reply.sendFile('index.html');
  });
}
