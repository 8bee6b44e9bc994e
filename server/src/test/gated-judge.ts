/**
 * A judge the test drives: every judging run starts, is announced, and waits until the test lets it
 * finish (AC on every test, as the accepting stand-in). So a test sees which submission a worker took
 * and when, in order, and holds work "in flight" as long as it likes — without sleeps or a sandbox.
 * A run is recognised by its source: give each submission of a test a source of its own.
 */
import type { JudgeRequest } from '@winterarc/judge';
import { type AcceptingJudge, createAcceptingJudge } from './accepting-judge.js';

export interface GatedRun {
  source: string;
  samplesOnly: boolean;
  /** Lets this run finish with its verdict. */
  release(): void;
}

export interface GatedJudge extends AcceptingJudge {
  /** The sources of the runs begun so far, in the order workers began them. */
  readonly begun: string[];
  /** Runs begun and not yet released. */
  readonly running: GatedRun[];
  /** Resolves with the run whose source is `source` once a worker has begun it. */
  begins(source: string): Promise<GatedRun>;
  /** Lets every run begun so far, and every later one, finish at once. */
  releaseAll(): void;
}

export function createGatedJudge(): GatedJudge {
  const accepting = createAcceptingJudge();
  const begun: string[] = [];
  const running: GatedRun[] = [];
  const waiters = new Map<string, Array<(run: GatedRun) => void>>();
  const byStart = new Map<string, GatedRun>();
  let open = false;

  return {
    ...accepting,
    begun,
    running,
    async judge(request: JudgeRequest) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const run: GatedRun = {
        source: request.source ?? '',
        samplesOnly: request.samplesOnly === true,
        release: () => {
          const index = running.indexOf(run);
          if (index >= 0) running.splice(index, 1);
          release();
        },
      };
      begun.push(run.source);
      running.push(run);
      byStart.set(run.source, run);
      for (const resolve of waiters.get(run.source)?.splice(0) ?? []) resolve(run);
      if (open) run.release();
      await gate;
      return accepting.judge(request);
    },
    begins(source) {
      const run = byStart.get(source);
      if (run !== undefined) return Promise.resolve(run);
      return new Promise((resolve) => {
        const list = waiters.get(source) ?? [];
        list.push(resolve);
        waiters.set(source, list);
      });
    },
    releaseAll() {
      open = true;
      for (const run of [...running]) run.release();
    },
  };
}
