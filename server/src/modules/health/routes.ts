/** Liveness (/healthz: the process answers) and readiness (/readyz: its dependencies answer). */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withTimeout } from '../../infra/with-timeout.js';

export interface ReadinessCheck {
  name: string;
  /** Resolves when healthy; a rejection's message is shown as the reason. */
  check(): Promise<void>;
  /** A degraded optional dependency leaves the instance ready; a required one does not. */
  required: boolean;
}

const checkResult = Type.Object({
  name: Type.String(),
  ok: Type.Boolean(),
  error: Type.Optional(Type.String()),
});
const readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('degraded'), Type.Literal('unready')]),
  checks: Type.Array(checkResult),
});

export function healthRoutes(checks: ReadinessCheck[]) {
  return async function register(app: FastifyInstance) {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['health'],
          summary: 'Liveness',
          response: { 200: Type.Object({ status: Type.Literal('ok') }) },
        },
        logLevel: 'warn',
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        schema: {
          tags: ['health'],
          summary: 'Readiness: the database and other dependencies',
          response: { 200: readiness, 503: readiness },
        },
        logLevel: 'warn',
      },
      async (_request, reply) => {
        const results = await Promise.all(
          checks.map(async ({ name, check, required }) => {
            try {
              await withTimeout(check(), 2000);
              return { name, ok: true, required };
            } catch (error) {
              return {
                name,
                ok: false,
                required,
                error: error instanceof Error ? error.message : String(error),
              };
            }
          }),
        );
        const unready = results.some((r) => !r.ok && r.required);
        const degraded = results.some((r) => !r.ok);
        const status = unready ? 'unready' : degraded ? 'degraded' : 'ready';
        return reply.code(unready ? 503 : 200).send({
          status,
          checks: results.map(({ required: _, ...r }) => r),
        });
      },
    );
  };
}
