/**
 * /api/v1/users: the caller's own account (read, settings, deletion), and the admin's paged list of
 * all accounts with role changes, disabling and deletion.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { pageQuerySchema } from '../../infra/http/pagination.js';
import { problemResponses } from '../../infra/http/schemas.js';
import { type Guards, principalOf } from '../auth/guards.js';
import type { AccountService } from './account-service.js';
import { presentUser } from './presenter.js';
import { adminChangeBody, changePasswordBody, deleteOwnBody, settingsBody, userIdParams } from './schemas.js';

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

export function userRoutes(deps: { accounts: AccountService; guards: Guards }) {
  const { accounts, guards } = deps;
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
        return presentUser(await accounts.own(principalOf(request).userId));
      },
    );

    app.patch(
      '/users/me',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Change your settings: display name, anonymity in public lists',
          body: settingsBody,
          response: { 200: Type.Ref('User'), ...problemResponses(400, 401) },
        },
      },
      async (request) =>
        presentUser(await accounts.updateSettings(principalOf(request).userId, request.body)),
    );

    app.post(
      '/users/me/password',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Change your password; every other session of your account ends',
          body: changePasswordBody,
          response: { 204: Type.Null(), ...problemResponses(400, 401) },
        },
      },
      async (request, reply) => {
        await accounts.changePassword(principalOf(request), request.body);
        return reply.code(204).send(null);
      },
    );

    app.delete(
      '/users/me',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Delete your account and all its data (progress, notes, submissions); needs your password',
          description:
            'Cannot be undone. Every session of the account ends at once. An admin who is the last enabled admin gets 409.',
          body: deleteOwnBody,
          response: { 204: Type.Null(), ...problemResponses(400, 401, 409) },
        },
      },
      async (request, reply) => {
        await accounts.deleteOwn(principalOf(request).userId, request.body.password);
        return reply.code(204).send(null);
      },
    );

    app.patch(
      '/users/:id',
      {
        preParsing: guards.requireRole('admin'),
        schema: {
          tags,
          security,
          summary: 'Change an account: role (promote, demote), disabled (admin)',
          description:
            "Takes effect on the account's very next request: a demoted admin loses admin at once; disabling ends every session. The last enabled admin cannot be demoted or disabled (409).",
          params: userIdParams,
          body: adminChangeBody,
          response: { 200: Type.Ref('User'), ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { id } = request.params;
        const { role, disabled } = request.body;
        let user = role === undefined ? undefined : await accounts.setRole(id, role);
        if (disabled !== undefined) user = await (disabled ? accounts.disable(id) : accounts.enable(id));
        // minProperties: 1 guarantees one of the two ran.
        return presentUser(user!);
      },
    );

    app.delete(
      '/users/:id',
      {
        preParsing: guards.requireRole('admin'),
        schema: {
          tags,
          security,
          summary: 'Delete an account and all its data (admin)',
          description: 'Cannot be undone. The last enabled admin cannot be deleted (409).',
          params: userIdParams,
          response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await accounts.delete(request.params.id);
        return reply.code(204).send(null);
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
        const page = await accounts.list({ limit, cursor, sort, direction, role, emailContains: email });
        return { data: page.data.map(presentUser), nextCursor: page.nextCursor };
      },
    );
  };
}
