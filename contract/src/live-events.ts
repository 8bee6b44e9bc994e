/**
 * The WebSocket at /api/v1/ws, described once. OpenAPI cannot describe a socket's messages, so they
 * are TypeBox schemas here: the server publishes and forwards exactly these, the web app and the CLI
 * derive their types from them, and `npm run contract:generate` writes them out as JSON Schema
 * (contract/live-events.schema.json) for any other client.
 * @see https://github.com/sinclairzx81/typebox
 */
import { type Static, Type } from 'typebox';
import { liveCloseCodes, verdicts } from './domain.js';

const submissionId = Type.String({ format: 'uuid', description: 'The submission this event is about.' });

/**
 * Waiting for a judge: its place in the fair line (1 = next). Sent when the place changes (another
 * submission was taken, finished or arrived); the same value as `queuePosition` in GET /submissions/{id}.
 */
export const queuedEvent = Type.Object({
  type: Type.Literal('submission'),
  id: submissionId,
  stage: Type.Literal('queued'),
  position: Type.Integer({ minimum: 1 }),
});

/** Picked up by a worker; `attempt` counts from 1 and grows when a crashed worker's job is redelivered. */
export const judgingEvent = Type.Object({
  type: Type.Literal('submission'),
  id: submissionId,
  stage: Type.Literal('judging'),
  attempt: Type.Integer({ minimum: 1 }),
});

export const compilingEvent = Type.Object({
  type: Type.Literal('submission'),
  id: submissionId,
  stage: Type.Literal('compiling'),
});

/** Judging is held up (queued too long, or parked for an operator): why, in the learner's words. */
export const delayedEvent = Type.Object({
  type: Type.Literal('submission'),
  id: submissionId,
  stage: Type.Literal('delayed'),
  reason: Type.String({ description: 'Why the submission waits, shown to its learner.' }),
});

/** Test `test` of `of` is running (1-based). */
export const testingEvent = Type.Object({
  type: Type.Literal('submission'),
  id: submissionId,
  stage: Type.Literal('testing'),
  test: Type.Integer({ minimum: 1 }),
  of: Type.Integer({ minimum: 1 }),
});

export const doneEvent = Type.Object({
  type: Type.Literal('submission'),
  id: submissionId,
  stage: Type.Literal('done'),
  verdict: Type.Enum(verdicts),
  score: Type.Union([Type.Number(), Type.Null()]),
  testsRun: Type.Integer({ minimum: 0 }),
  testsTotal: Type.Integer({ minimum: 0 }),
});

/** One step of a submission, published by the worker to its owner's channel only. */
export const submissionEvent = Type.Union([
  queuedEvent,
  judgingEvent,
  compilingEvent,
  delayedEvent,
  testingEvent,
  doneEvent,
]);
export type SubmissionEvent = Static<typeof submissionEvent>;
export type SubmissionStage = SubmissionEvent['stage'];

/** The socket is subscribed: from now on every event of the caller's submissions arrives. */
export const readyMessage = Type.Object({ type: Type.Literal('ready') });

/** What the server sends on the socket. */
export const serverMessage = Type.Union([readyMessage, submissionEvent]);
export type ServerMessage = Static<typeof serverMessage>;

/**
 * What a browser sends first (it cannot set an Authorization header on the upgrade); never a token in
 * the URL, where it would end up in access logs.
 */
export const authMessage = Type.Object({
  type: Type.Literal('auth'),
  token: Type.String({ minLength: 1, maxLength: 4096, description: 'The access token.' }),
});
export type AuthMessage = Static<typeof authMessage>;

// Plain values live in domain.ts, so a client importing them does not bundle TypeBox.
export { liveCloseCodes } from './domain.js';

/** Every message of the socket as one JSON Schema document (draft 2020-12), for clients in any language. */
export function liveEventsJsonSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Winter Arc live events (/api/v1/ws)',
    description:
      'Authenticate with `Authorization: Bearer <access token>` on the upgrade, or send AuthMessage first (within 5 s). The server answers ReadyMessage once subscribed, then a SubmissionEvent per step of each of your submissions. Close codes: ' +
      Object.entries(liveCloseCodes)
        .map(([name, code]) => `${code} ${name}`)
        .join(', ') +
      '.',
    $defs: {
      AuthMessage: authMessage,
      ReadyMessage: readyMessage,
      SubmissionEvent: submissionEvent,
      ServerMessage: serverMessage,
    },
  };
}
