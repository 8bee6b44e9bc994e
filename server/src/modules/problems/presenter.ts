/**
 * The public shape of a problem: what a learner needs to read it and start writing code. The judge's
 * settings stored with a version are read here and only the parts a learner may see leave the server
 * (never test data beyond the samples, never validator details).
 */
import {
  type FunctionSignature,
  functionLanguages,
  functionStarterCode,
  type LanguageId,
  languageIds,
  languages,
  parseType,
  stdioStarterCode,
} from '@winterarc/judge';
import { readProblemSettings } from '../../infra/db/problem-settings.js';
import type { ProblemDetailRow } from './repository.js';

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
  const starters: Partial<Record<LanguageId, string>> =
    signature === undefined ? stdioStarterCode() : functionStarterCode(signature);
  const allowed: readonly LanguageId[] = signature === undefined ? languageIds : functionLanguages;

  return {
    slug: row.slug,
    title: row.title,
    style: row.style,
    difficulty: row.difficulty,
    tags: row.tags,
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
    // Test files are stored inline today; one kept elsewhere (object storage) is left out, not shown empty.
    samples: row.samples.flatMap(({ name, input, answer }) =>
      input === null || answer === null
        ? []
        : [{ name, input, answer, ...(signature === undefined ? {} : functionSample(input, answer)) }],
    ),
    languages: allowed.map((id) => ({ id, name: languages[id].name, starterCode: starters[id] ?? '' })),
  };
}

/** A function problem's sample as values: the argument list and the expected return value. */
function functionSample(input: string, answer: string): { args?: unknown[]; expected?: unknown } {
  try {
    const args: unknown = JSON.parse(input);
    return Array.isArray(args) ? { args, expected: JSON.parse(answer) } : {};
  } catch {
    // Import checked the JSON; should it ever not parse, the raw text above still shows the sample.
    return {};
  }
}
