/**
 * The OpenAPI 3.1 document is generated from the route schemas, served at /openapi.json, with an
 * interactive UI at /docs whose "Authorize" button uses the OAuth2 password flow.
 * @see https://github.com/fastify/fastify-swagger
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { optionalWhereDefaulted } from './openapi-defaults.js';

export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Winter Arc API',
        version: '1',
        description:
          'The roadmap, accounts and (soon) the judge of Winter Arc. Errors are RFC 9457 problem documents; lists use cursor pagination.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          oauth2: { type: 'oauth2', flows: { password: { tokenUrl: '/api/v1/auth/token', scopes: {} } } },
        },
      },
    },
    transformObject: (document) =>
      'openapiObject' in document ? optionalWhereDefaulted(document.openapiObject) : document.swaggerObject,
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { persistAuthorization: false } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
