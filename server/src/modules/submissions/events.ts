/**
 * The live events of a submission, as the worker publishes them and the WebSocket forwards them.
 * Their schema is part of the API contract (contract/src/live-events.ts). Each goes to its owner's channel only, so a subscriber can never hear about someone else's work.
 */
export type { SubmissionEvent } from '@winterarc/contract/live-events';

export const userChannel = (userId: string) => `user:${userId}`;
