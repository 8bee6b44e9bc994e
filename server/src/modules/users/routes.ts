/** /api/v1/users: the caller's own account, and the admin's paged list of all accounts. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { pageQuerySchema } from '../../infra/http/pagination.js';
import { problems } from '../../infra/http/problem.js';
import { problemResponses } from '../../infra/http/schemas.js';
import { type Guards, principalOf } from '../auth/guards.js';
import { presentUser } from './presenter.js';
import type { UserRepository } from './repository.js';

const listQuery = Type.Object(
  {
    ...pageQuerySchema,
    sort: Type.Union([Type.Literal('createdAt'), Type.Literal('email')], { default: 'createdAt' }),
    direction: Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' }),
    role: Type.Optional(Type.Union([Type.Literal('learner'), Type.Literal('admin')])),
    email: Type.Optional(
      Type.String({ minLength: 1, maxLength: 254, description: 'Part of the email, any case.' }),
    ),
  },
  { additionalProperties: false },
);

export function userRoutes(deps: { users: UserRepository; guards: Guards }) {
  const { users, guards } = deps;
  return async function register(instance: FastifyInstance) {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['users'];
    const security: Record<string, string[]>[] = [{ bearer: [] }, { oauth2: [] }];

    app.get(
      '/users/me',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Your account',
          response: { 200: Type.Ref('User'), ...problemResponses(401) },
        },
      },
      async (request) => {
        const user = await users.findById(principalOf(request).userId);
        if (user === undefined) throw problems.unauthenticated('Your account no longer exists.');
        return presentUser(user);
      },
    );

    app.get(
      '/users',
      {
        preParsing: guards.requireRole('admin'),
        schema: {
          tags,
          security,
          summary: 'All accounts, paged (admin)',
          querystring: listQuery,
          response: {
            200: Type.Object({
              data: Type.Array(Type.Ref('User')),
              nextCursor: Type.Union([Type.String(), Type.Null()]),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { limit, cursor, sort, direction, role, email } = request.query;
        const page = await users.list({ limit, cursor, sort, direction, role, emailContains: email });
        return { data: page.data.map(presentUser), nextCursor: page.nextCursor };
      },
    );
  };
}
