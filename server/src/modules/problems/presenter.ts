/**
 * The public shape of a problem: what a learner needs to read it and start writing code. The judge's
 * settings stored with a version are read here and only the parts a learner may see leave the server
 * (never test data beyond the samples, never validator details).
 */
import {
  type ClassSignature,
  classStarterCode,
  type FunctionSignature,
  functionLanguages,
  functionStarterCode,
  type LanguageId,
  languageIds,
  languages,
  parseType,
  stdioStarterCode,
} from '@winterarc/judge';
import { type ProblemSettings, readProblemSettings } from '../../infra/db/problem-settings.js';
import type { ProblemDetailRow } from './repository.js';

type StoredClass = NonNullable<ProblemSettings['class']>;

/** A stored class declaration as the judge's signature (for its starter code). */
function classSignature(stored: StoredClass): ClassSignature {
  const params = (list: StoredClass['constructor']) =>
    list.map((p) => ({ name: p.name, type: parseType(p.type) }));
  return {
    name: stored.name,
    constructorParams: params(stored.constructor),
    methods: stored.methods.map((m) => ({
      name: m.name,
      params: params(m.params),
      ...(m.returns === undefined ? {} : { returns: parseType(m.returns) }),
    })),
  };
}

export function presentProblem(row: ProblemDetailRow) {
  const settings = readProblemSettings(row.settings);
  const fn = settings.function;
  const signature: FunctionSignature | undefined =
    fn === undefined
      ? undefined
      : {
          name: fn.name,
          params: fn.params.map((p) => ({ name: p.name, type: parseType(p.type) })),
          returns: parseType(fn.returns),
        };
  // Read as an own key: a settings object without one inherits Object's `constructor`.
  const cls =
    settings.class !== undefined && Object.hasOwn(settings.class, 'constructor') ? settings.class : undefined;
  const suite = settings.suite;
  const starters: Partial<Record<LanguageId, string>> =
    suite !== undefined
      ? suiteStarterCode()
      : cls !== undefined
        ? classStarterCode(classSignature(cls))
        : signature === undefined
          ? stdioStarterCode()
          : functionStarterCode(signature);
  const allowed: readonly LanguageId[] =
    suite !== undefined
      ? functionLanguages.filter((id) => suite.runtimes.includes(id === 'python' ? 'python' : 'javascript'))
      : row.style === 'function'
        ? functionLanguages
        : languageIds;

  return {
    slug: row.slug,
    title: row.title,
    style: row.style,
    difficulty: row.difficulty,
    tags: row.tags,
    topics: row.topics,
    version: row.version,
    statementMarkdown: row.statementMarkdown,
    limits: { timeMs: row.timeLimitMs, memoryMb: row.memoryLimitMb },
    interactive: settings.interactive === true,
    scoring: settings.scoring === true,
    function:
      fn === undefined
        ? null
        : {
            name: fn.name,
            params: fn.params.map((p) => ({ name: p.name, type: p.type })),
            returns: fn.returns,
          },
    class:
      cls === undefined
        ? null
        : {
            name: cls.name,
            constructorParams: cls.constructor.map((p) => ({ name: p.name, type: p.type })),
            methods: cls.methods.map((m) => ({
              name: m.name,
              params: m.params.map((p) => ({ name: p.name, type: p.type })),
              returns: m.returns ?? null,
            })),
          },
    // Test files are stored inline today; one kept elsewhere (object storage) is left out, not shown empty.
    samples: row.samples.flatMap(({ name, input, answer }) =>
      input === null || answer === null
        ? []
        : [
            {
              name,
              input,
              answer,
              ...(signature === undefined && cls === undefined ? {} : functionSample(input, answer)),
            },
          ],
    ),
    languages: allowed.map((id) => ({ id, name: languages[id].name, starterCode: starters[id] ?? '' })),
  };
}

/** A test-suite problem's editor opens with a note on the module the hidden tests import. */
function suiteStarterCode(): Partial<Record<LanguageId, string>> {
  const script =
    '// Your module: the tests import it as ./solution.mjs, so export what the statement names.\n';
  return {
    python: '# Your module: the tests import it as `solution`; define what the statement names.\n',
    javascript: script,
    typescript: script,
  };
}

/** A function (or class) problem's sample as values: the argument (or call) list and the expected result. */
function functionSample(input: string, answer: string): { args?: unknown[]; expected?: unknown } {
  try {
    const args: unknown = JSON.parse(input);
    return Array.isArray(args) ? { args, expected: JSON.parse(answer) } : {};
  } catch {
    // Import checked the JSON; should it ever not parse, the raw text above still shows the sample.
    return {};
  }
}
