/**
 * A stand-in for the sandboxed judge in pipeline tests that are about the pipeline (redelivery,
 * poison jobs, broker and cache outages, shutdown), not about judging: it accepts every submission,
 * test by test, reporting progress as the real judge does, without running anything. So those tests
 * need no root and no sandbox; the real judge is tested in the `sandbox` lane, and the pipeline tests
 * that check real verdicts (WA, CE, RE) keep it.
 */
import type { Judge, JudgeRequest, JudgeResult, Sandbox } from '@winterarc/judge';

export interface AcceptingJudge extends Judge {
  /** Every request judged so far, in order. */
  readonly judged: JudgeRequest[];
}

/** A {@link Judge} whose every verdict is AC on every test of the package (samples only for a run). */
export function createAcceptingJudge(): AcceptingJudge {
  const judged: JudgeRequest[] = [];
  const noSandbox = new Proxy({} as Sandbox, {
    get: () => {
      throw new Error('the accepting judge has no sandbox; start the pipeline test with the real judge');
    },
  });
  return {
    judged,
    sandbox: noSandbox,
    async judge(request): Promise<JudgeResult> {
      judged.push(request);
      const cases = request.problem.testData.cases.filter(
        (test) => !request.samplesOnly || test.group.startsWith('sample'),
      );
      request.onProgress?.({ stage: 'compiling' });
      const tests = cases.map((test, index) => {
        request.onProgress?.({ stage: 'testing', test: index + 1, of: cases.length });
        return {
          name: test.name,
          sample: test.group.startsWith('sample'),
          verdict: 'AC' as const,
          timeMs: 1,
          memoryBytes: 1024 * 1024,
        };
      });
      request.onProgress?.({ stage: 'done', verdict: 'AC' });
      return { verdict: 'AC', tests, compileMs: 0, testsRun: tests.length, testsTotal: cases.length };
    },
    async runCustom() {
      throw new Error(
        'the accepting judge does not run programs; start the pipeline test with the real judge',
      );
    },
    async close() {},
  };
}
