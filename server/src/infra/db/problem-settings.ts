/**
 * The JSON column `problem_versions.settings`: the judge settings of a problem version, written by the
 * package import and read back by the presenter and the submission service. Its shape is declared
 * once here (the column is typed with it) and read through {@link readProblemSettings}, so no reader
 * casts the column by hand.
 */
import { type Static, Type } from 'typebox';
import { Value } from 'typebox/value';

const storedParam = Type.Object({ name: Type.String(), type: Type.String() });
const storedCompare = Type.Object({ floatTolerance: Type.Number(), unorderedList: Type.Boolean() });

export const problemSettingsSchema = Type.Object({
  /** Flags for the output validator (problem.yaml's `validator_flags`). */
  validatorFlags: Type.Optional(Type.Array(Type.String())),
  /** A function (LeetCode-style) problem's signature, its types in the package's notation. */
  function: Type.Optional(
    Type.Object({
      name: Type.String(),
      params: Type.Array(Type.Object({ name: Type.String(), type: Type.String() })),
      returns: Type.String(),
      compare: Type.Optional(storedCompare),
    }),
  ),
  /** A class (design) problem: the class, its constructor's and methods' parameters, in the same notation. */
  class: Type.Optional(
    Type.Object({
      name: Type.String(),
      constructor: Type.Array(storedParam),
      methods: Type.Array(
        Type.Object({
          name: Type.String(),
          params: Type.Array(storedParam),
          returns: Type.Optional(Type.String()),
        }),
      ),
      compare: Type.Optional(storedCompare),
    }),
  ),
  /** A test-suite problem: the runtimes its hidden suites exist for (TypeScript runs the JavaScript one). */
  suite: Type.Optional(Type.Object({ runtimes: Type.Array(Type.String()) })),
  scoring: Type.Optional(Type.Boolean()),
  interactive: Type.Optional(Type.Boolean()),
});

export type ProblemSettings = Static<typeof problemSettingsSchema>;

/**
 * The stored settings, checked: a row that does not have this shape was written by something other
 * than the import, and reading on would show a learner a wrong problem.
 */
export function readProblemSettings(stored: unknown): ProblemSettings {
  if (Value.Check(problemSettingsSchema, stored)) return stored;
  const [first] = Value.Errors(problemSettingsSchema, stored);
  throw new Error(
    `problem_versions.settings does not have the import's shape (${first?.instancePath || '/'}: ${first?.message ?? 'unknown'}); re-import the problem package.`,
  );
}
