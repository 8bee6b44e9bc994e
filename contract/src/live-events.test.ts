import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { authMessage, liveEventsJsonSchema, serverMessage, submissionEvent } from './live-events.js';

const id = '0b5c5a7e-2f3e-4d6b-9a43-0d7f2f4b8a11';

describe('the live events schema', () => {
  it('accepts every stage the worker publishes', () => {
    for (const event of [
      { type: 'submission', id, stage: 'queued', position: 3 },
      { type: 'submission', id, stage: 'judging', attempt: 1 },
      { type: 'submission', id, stage: 'compiling' },
      { type: 'submission', id, stage: 'delayed', reason: 'waiting for a judge' },
      { type: 'submission', id, stage: 'testing', test: 2, of: 5 },
      { type: 'submission', id, stage: 'done', verdict: 'WA', score: null, testsRun: 2, testsTotal: 5 },
    ]) {
      expect(Value.Check(submissionEvent, event), JSON.stringify(event)).toBe(true);
    }
    expect(Value.Check(serverMessage, { type: 'ready' })).toBe(true);
  });

  it('refuses what a client must not rely on: a judging event without its attempt, an unknown verdict', () => {
    expect(Value.Check(submissionEvent, { type: 'submission', id, stage: 'judging' })).toBe(false);
    expect(Value.Check(submissionEvent, { type: 'submission', id, stage: 'queued', position: 0 })).toBe(
      false,
    );
    expect(
      Value.Check(submissionEvent, {
        type: 'submission',
        id,
        stage: 'done',
        verdict: 'Accepted',
        score: null,
        testsRun: 1,
        testsTotal: 1,
      }),
    ).toBe(false);
    expect(Value.Check(authMessage, { type: 'auth', token: '' })).toBe(false);
  });

  it('is exported as one JSON Schema document naming each message', () => {
    const document = liveEventsJsonSchema();
    expect(Object.keys(document.$defs)).toEqual([
      'AuthMessage',
      'ReadyMessage',
      'SubmissionEvent',
      'ServerMessage',
    ]);
    expect(JSON.parse(JSON.stringify(document)).$defs.SubmissionEvent.anyOf).toHaveLength(6);
  });
});
