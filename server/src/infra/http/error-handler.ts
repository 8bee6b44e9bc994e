/**
 * Turns every error into a problem document. Expected errors (HttpProblem, validation, malformed
 * requests) are answered as they are; anything else is a 500 whose details go to the log, never to
 * the client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidCursorError } from '../db/keyset.js';
import { isDatabaseUnavailable, outageReason } from '../db/unavailable.js';
import { HttpProblem, httpProblem, problemTypes } from './problem.js';
import { toFieldErrors } from './validation.js';

export function sendProblem(reply: FastifyReply, problem: HttpProblem) {
  return reply
    .code(problem.status)
    .headers(problem.headers)
    .type('application/problem+json')
    .send(problem.toJSON(reply.request.id));
}

/** The database is unreachable (restarting, cut off): nothing is wrong with the request; try again soon. */
const databaseUnavailable = new HttpProblem(
  503,
  problemTypes.unavailable,
  'The service cannot reach its database right now. Nothing was changed; try again in a few seconds.',
  { retryAfterSeconds: 5 },
  { 'retry-after': '5' },
);

function toProblem(error: FastifyError): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InvalidCursorError) {
    return httpProblem.validation(error.message, [
      {
        in: 'querystring',
        field: 'cursor',
        message:
          'must be a nextCursor returned by this list with the same sort; start again without a cursor',
      },
    ]);
  }
  if (error.validation !== undefined) {
    const part = error.validationContext ?? 'body';
    const fieldErrors = toFieldErrors(error.validation as never, part);
    const names = fieldErrors.map((e) => e.field || part).join(', ');
    return httpProblem.validation(`The request's ${part} is invalid: check ${names}.`, fieldErrors);
  }
  const status = error.statusCode ?? 500;
  if (status === 415) {
    return new HttpProblem(
      415,
      problemTypes.unsupportedMediaType,
      `${error.message}. Send application/json.`,
    );
  }
  if (status === 413) {
    return new HttpProblem(413, problemTypes.payloadTooLarge, 'The request body is too large.');
  }
  if (status === 429) {
    // Never from the request's headers: a client must not choose what we tell it to wait.
    return httpProblem.tooManyRequests(error.message, 60);
  }
  if (status >= 400 && status < 500) return httpProblem.malformedRequest(error.message);
  if (isDatabaseUnavailable(error)) return databaseUnavailable;
  return new HttpProblem(
    500,
    problemTypes.internal,
    'Something went wrong on our side. It has been logged; quote the instance id if you report it.',
  );
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem === databaseUnavailable)
      request.log.warn({ reason: outageReason(error) }, 'database unavailable');
    else if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler(sendNotFound);
}

/** The answer to a path and method no route serves. */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(
    reply,
    httpProblem.notFound(`There is no ${request.method} ${request.url.split('?')[0]}. See /docs.`),
  );
}
