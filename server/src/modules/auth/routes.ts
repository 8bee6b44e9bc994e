/**
 * /api/v1/auth: sign-up, sign-in, refresh, sign-out, and the OAuth2 token endpoint that the /docs
 * "Authorize" button uses. The refresh token is returned in the body for API clients and also set as
 * an HttpOnly, SameSite=Strict cookie scoped to /api/v1/auth for the browser app, where scripts
 * cannot read it.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { HttpProblem, httpProblem } from '../../infra/http/problem.js';
import { problemResponses } from '../../infra/http/schemas.js';
import { presentUser } from '../users/presenter.js';
import { refreshBody, sessionSchema, signInBody, signUpBody, tokenForm, tokenResponse } from './schemas.js';
import type { AuthService, Session } from './service.js';

export const refreshCookieName = 'wa_refresh';
const refreshCookiePath = '/api/v1/auth';
/**
 * Readable by the page, unlike the refresh cookie, and holding nothing secret: it only tells the web
 * app that a session may exist, so a signed-out visit does not try (and fail) to refresh.
 */
export const sessionHintCookieName = 'wa_session';

export function authRoutes(deps: { auth: AuthService; secureCookies: boolean; refreshTtlSeconds: number }) {
  const { auth } = deps;

  const setRefreshCookie = (reply: FastifyReply, token: string) =>
    reply
      .setCookie(refreshCookieName, token, {
        httpOnly: true,
        secure: deps.secureCookies,
        sameSite: 'strict',
        path: refreshCookiePath,
        maxAge: deps.refreshTtlSeconds,
      })
      .setCookie(sessionHintCookieName, '1', {
        httpOnly: false,
        secure: deps.secureCookies,
        sameSite: 'strict',
        path: '/',
        maxAge: deps.refreshTtlSeconds,
      });

  const present = (reply: FastifyReply, session: Session) => {
    setRefreshCookie(reply, session.refreshToken);
    return {
      user: presentUser(session.user),
      accessToken: session.accessToken,
      tokenType: 'Bearer' as const,
      expiresIn: session.expiresIn,
      refreshToken: session.refreshToken,
    };
  };

  return async function register(instance: FastifyInstance) {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['auth'];

    app.post(
      '/auth/signup',
      {
        schema: {
          tags,
          summary: 'Create an account and sign in',
          body: signUpBody,
          response: { 201: sessionSchema, ...problemResponses(400, 409, 429) },
        },
      },
      async (request, reply) => {
        const session = await auth.signUp(request.body);
        return reply.code(201).send(present(reply, session));
      },
    );

    app.post(
      '/auth/signin',
      {
        schema: {
          tags,
          summary: 'Sign in with email and password',
          body: signInBody,
          response: { 200: sessionSchema, ...problemResponses(400, 401, 403, 429) },
        },
      },
      async (request, reply) => {
        return present(
          reply,
          await auth.signIn({
            ...request.body,
            clientAddress: request.ip,
            refreshToken: request.cookies[refreshCookieName],
          }),
        );
      },
    );

    app.post(
      '/auth/refresh',
      {
        schema: {
          tags,
          summary: 'Exchange a refresh token for a new token pair (the old one stops working)',
          description:
            'Refresh tokens are single use. Presenting one that was already used signs out every session descended from it.',
          body: refreshBody,
          response: { 200: sessionSchema, ...problemResponses(400, 401, 403) },
        },
        preValidation: emptyBodyIsEmptyObject,
      },
      async (request, reply) => {
        const token = request.body.refreshToken ?? request.cookies[refreshCookieName];
        if (token === undefined) {
          throw httpProblem.unauthenticated(
            'No refresh token: send it as "refreshToken" or in the refresh cookie.',
          );
        }
        return present(reply, await auth.refresh(token));
      },
    );

    app.post(
      '/auth/signout',
      {
        schema: {
          tags,
          summary: 'Sign out: the refresh token and every token rotated from it stop working',
          body: refreshBody,
          response: { 204: Type.Null() },
        },
        preValidation: emptyBodyIsEmptyObject,
      },
      async (request, reply) => {
        const token = request.body.refreshToken ?? request.cookies[refreshCookieName];
        if (token !== undefined) await auth.signOut(token);
        reply.clearCookie(refreshCookieName, { path: refreshCookiePath });
        reply.clearCookie(sessionHintCookieName, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/auth/token',
      {
        schema: {
          tags,
          summary: 'OAuth2 token endpoint (password and refresh_token grants, form-encoded)',
          description:
            'RFC 6749 §4.3 and §6. `username` is the email. Errors carry the OAuth2 `error` code as well as the problem fields.',
          consumes: ['application/x-www-form-urlencoded'],
          body: tokenForm,
          response: { 200: tokenResponse, ...problemResponses(400, 401, 429) },
        },
      },
      async (request) => {
        const form = request.body;
        try {
          const session =
            form.grant_type === 'password'
              ? await auth.signIn({
                  email: required(form.username, 'username'),
                  password: required(form.password, 'password'),
                  clientAddress: request.ip,
                  refreshToken: request.cookies[refreshCookieName],
                })
              : await auth.refresh(required(form.refresh_token, 'refresh_token'));
          return {
            access_token: session.accessToken,
            token_type: 'Bearer' as const,
            expires_in: session.expiresIn,
            refresh_token: session.refreshToken,
          };
        } catch (error) {
          // RFC 6749 §5.2: a failed grant is invalid_grant (400), whatever the reason.
          if (error instanceof HttpProblem && (error.status === 401 || error.status === 403)) {
            throw new HttpProblem(400, error.type, error.detail, {
              error: 'invalid_grant',
              error_description: error.detail,
            });
          }
          throw error;
        }
      },
    );
  };
}

/** A browser refreshing from its cookie may send no body at all; that means "no token in the body". */
async function emptyBodyIsEmptyObject(request: FastifyRequest) {
  request.body ??= {};
}

function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '') {
    throw httpProblem.validation(`"${field}" is required for this grant_type.`, [
      { in: 'body', field, message: 'is required for this grant_type' },
    ]);
  }
  return value;
}
