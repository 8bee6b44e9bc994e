/**
 * Property: whatever a client sends to any route of the OpenAPI document, the answer is never a 5xx,
 * and every error is an RFC 9457 problem document; a validation problem names the fields. Requests
 * are generated from each route's own schemas plus hostile values (openapi-requests.ts), so a new
 * route is covered the day it is added. Bounded (FUZZ_RUNS per route) so it runs in seconds;
 * fast-check prints the seed and the smallest failing request when it finds one.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { operationsOf, requestsFor } from '../../test/openapi-requests.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { problemTypes } from './problem.js';

const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 25);

let t: TestApp;
let authorization: string;

beforeAll(async () => {
  t = await startTestApp();
  authorization = (await signUp(t.app)).headers.authorization;
});

afterAll(async () => {
  await t?.close();
});

/** What the property demands of one answer; throws (with the answer) when it does not hold. */
function expectWellFormed(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json();
  expect(problem).toMatchObject({
    type: expect.stringMatching(/^urn:winterarc:problem:/),
    title: expect.any(String),
    status: response.statusCode,
    detail: expect.any(String),
  });
  if (problem.type === problemTypes.validation) {
    // Each error names its field (an empty field is the part as a whole: "the body must be an object").
    expect(problem.errors.length, response.body).toBeGreaterThan(0);
    for (const error of problem.errors) {
      expect(error, response.body).toMatchObject({ in: expect.any(String), field: expect.any(String) });
    }
    expect(problem.detail).not.toMatch(/check \./);
  }
}

describe('every route of the OpenAPI document, under generated and hostile requests', () => {
  it('never answers 5xx, and answers every error with a problem document', { timeout: 120_000 }, async () => {
    const operations = operationsOf(t.app.swagger() as never);
    // The document lists the API: a broken generator that found no routes must not pass silently.
    expect(operations.length).toBeGreaterThan(15);
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(requestsFor(operation, authorization), async (request) => {
          const response = await t.app.inject({
            method: request.method as 'GET',
            url: request.url,
            headers: request.headers,
            ...(request.payload === undefined ? {} : { payload: request.payload }),
          });
          expectWellFormed(response);
        }),
        { numRuns: runsPerRoute },
      );
    }
  });
});
