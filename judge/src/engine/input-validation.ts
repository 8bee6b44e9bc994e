/**
 * Runs the package's input validators on every test input, as an import does: `validator [args] <
 * input`, exit 42 = valid. Invalid data is reported with the test, the validator and its message, so an
 * author can fix the file before any learner is judged against it.
 */
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { SandboxLimits } from '../sandbox/limits.js';
import type { Sandbox } from '../sandbox/run.js';
import { buildPackageProgram } from './validator-program.js';
import { createWorkspace } from './workspace.js';

export interface InputProblem {
  test: string;
  validator: string;
  message: string;
}

const limits: SandboxLimits = {
  cpuMs: 30_000,
  wallMs: 60_000,
  memoryBytes: 1024 * 2 ** 20,
  pids: 64,
  outputBytes: 64 * 1024,
  fileBytes: 16 * 2 ** 20,
  tmpBytes: 64 * 2 ** 20,
  openFiles: 256,
};

function argsFor(test: TestCase, validatorName: string): string[] {
  const args = test.settings.inputValidatorArgs;
  return args.kind === 'all' ? args.args : (args.args[validatorName] ?? []);
}

export async function validateInputs(sandbox: Sandbox, problem: ProblemPackage): Promise<InputProblem[]> {
  const problems: InputProblem[] = [];
  for (const program of problem.inputValidators) {
    const workspace = createWorkspace(sandbox.leaseUid());
    try {
      const built = await buildPackageProgram(sandbox, program, workspace);
      if (typeof built === 'string') {
        problems.push({ test: '*', validator: program.path, message: built });
        continue;
      }
      const command = built.language.run({ memoryBytes: limits.memoryBytes });
      for (const test of problem.testData.cases) {
        const result = await sandbox.run({
          command: [...command, ...argsFor(test, program.name)],
          workDir: built.runDir,
          stdin: { path: test.input },
          readOnlyBinds: built.language.extraReadOnlyBinds,
          limits,
          uid: workspace.owner.uid,
          gid: workspace.owner.gid,
        });
        if (result.exitCode === 42) continue;
        const said = `${result.stdout.toString('utf8')}\n${result.stderrTail}`
          .trim()
          .split('\n')
          .slice(-5)
          .join('\n');
        const how =
          result.exitCode === 43
            ? 'rejects the input'
            : `failed (${result.status}, exit code ${result.exitCode})`;
        problems.push({
          test: test.name,
          validator: program.path,
          message: said === '' ? how : `${how}: ${said}`,
        });
      }
    } finally {
      workspace.dispose();
    }
  }
  return problems;
}
