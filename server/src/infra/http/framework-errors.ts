/**
 * Answers Fastify and Node give before a request reaches our error handler — a malformed or too long
 * path (router), header fields too large or a request that took too long (the HTTP parser) — as
 * problem documents like every other error, instead of their own `{"error": …}` JSON.
 * @see https://fastify.dev/docs/latest/Reference/Server/#frameworkerrors
 * @see https://fastify.dev/docs/latest/Reference/Server/#clienterrorhandler
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendNotFound, sendProblem } from './error-handler.js';
import { HttpProblem, httpProblem, problemTypes } from './problem.js';

/** Longest path segment the router accepts (Fastify's `maxParamLength`); no id or slug is longer. */
export const maxPathSegmentLength = 100;

function uriTooLong(): HttpProblem {
  return new HttpProblem(
    414,
    problemTypes.uriTooLong,
    `A segment of the path is longer than ${maxPathSegmentLength} characters; no id or slug of this API is that long. Check the URL.`,
    {
      errors: [
        { in: 'path', field: 'path', message: `segments must be at most ${maxPathSegmentLength} characters` },
      ],
    },
  );
}

/**
 * For a catch-all route: a path no route serves. When a segment is longer than the router accepts
 * (the router then falls through to the catch-all instead of answering 414), it is a 414 as well.
 */
export function sendUnmatched(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '';
  if (path.split('/').some((segment) => segment.length > maxPathSegmentLength)) {
    return sendProblem(reply, uriTooLong());
  }
  return sendNotFound(request, reply);
}

/** For Fastify's `frameworkErrors` option: router errors become problem documents. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const path = request.raw.url?.split('?')[0] ?? '';
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendProblem(reply, uriTooLong());
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(
      reply,
      httpProblem.validation('The path is not valid percent-encoded UTF-8. Check the URL.', [
        { in: 'path', field: 'path', message: `"${path.slice(0, 200)}" is not valid percent-encoded UTF-8` },
      ]),
    );
  }
  return sendProblem(reply, httpProblem.malformedRequest(`${error.message}.`));
}

/** What the HTTP parser's errors mean to a client, and what to do. */
function clientProblem(code: string | undefined): HttpProblem {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new HttpProblem(
      431,
      problemTypes.headersTooLarge,
      'The request line and header fields are too large (16 KiB at most); send fewer or shorter headers (cookies, tokens).',
      { errors: [{ in: 'headers', field: 'headers', message: 'must be at most 16 KiB in all' }] },
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new HttpProblem(
      408,
      problemTypes.requestTimeout,
      'The request was not received in time: send the headers and the whole body promptly.',
    );
  }
  return httpProblem.malformedRequest('The request is not valid HTTP/1.1.');
}

/**
 * For Fastify's `clientErrorHandler`: the connection has no request yet (the parser failed), so the
 * problem document is written to the socket, which is then closed, as Node does.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = clientProblem(error.code);
  if (socket.writable) {
    const body = JSON.stringify(problem.toJSON(randomUUID()));
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
