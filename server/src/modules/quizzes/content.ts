/**
 * Reads every quiz in `content/quizzes/` and checks it whole before anything touches the database:
 * the schema (format.ts), the per-question rules (rules.ts), and the rules across files — the file is
 * named after its topic, the topic is a roadmap topic, ids are unique across all files. Every
 * mistake is collected and reported at once, each with its file, question id, what is wrong and what
 * to do. The format is documented in docs/quiz-format.md.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ContentError, readYaml, type SessionContent } from '../roadmap/content.js';
import { type QuestionSource, questionSchema, quizFileSchema } from './format.js';
import type { Question } from './question.js';
import { questionProblems, toQuestion } from './rules.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const checkFile = ajv.compile(quizFileSchema);
const checkQuestion = ajv.compile(questionSchema);

/** Every mistake found in the quizzes, one per line: `file, question "id": what is wrong: what to do`. */
export class QuizContentError extends Error {
  constructor(readonly mistakes: string[]) {
    super(
      `${mistakes.length} mistake${mistakes.length === 1 ? '' : 's'} in the quizzes (nothing was loaded):\n${mistakes.map((m) => `  - ${m}`).join('\n')}`,
    );
    this.name = 'QuizContentError';
  }
}

export interface QuizContent {
  /** Every question, by file name then file order. */
  questions: Question[];
  /** Topic slug → its file (relative to the quizzes folder). */
  files: Map<string, string>;
}

/** Files beside the quizzes that are not quizzes: their names cannot be topic slugs. */
const notAQuiz = (name: string) => name.startsWith('_') || name.startsWith('.') || name.endsWith('.md');

/**
 * @param topics the roadmap's topic slugs (a quiz may only be about one of them)
 * @throws QuizContentError listing every mistake
 */
export async function loadQuizContent(quizzesDir: string, topics: ReadonlySet<string>): Promise<QuizContent> {
  let names: string[];
  try {
    names = (await readdir(quizzesDir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { questions: [], files: new Map() };
    throw error;
  }
  const mistakes: string[] = [];
  const questions: Question[] = [];
  const files = new Map<string, string>();
  const idsSeen = new Map<string, string>();

  for (const name of names.filter((n) => !notAQuiz(n))) {
    const file = path.join(quizzesDir, name);
    const shown = path.join(path.basename(quizzesDir), name);
    if (!name.endsWith('.yaml')) {
      mistakes.push(
        `${shown}: a quiz file must be named <topic-slug>.yaml: rename it or move it out of the folder`,
      );
      continue;
    }
    let data: unknown;
    try {
      data = await readYaml(file);
    } catch (error) {
      mistakes.push(
        error instanceof ContentError
          ? `${shown}: ${error.message.slice(error.file.length + 2)}`
          : String(error),
      );
      continue;
    }
    if (!checkFile(data)) {
      mistakes.push(`${shown}: ${schemaErrors(checkFile.errors)}: the file has "topic" and "questions" only`);
      continue;
    }
    const { topic } = data as { topic: string; questions: unknown[] };
    const expectedTopic = name.slice(0, -'.yaml'.length);
    if (topic !== expectedTopic)
      mistakes.push(
        `${shown}: topic is "${topic}" but the file is named for "${expectedTopic}": make them the same`,
      );
    if (!topics.has(topic))
      mistakes.push(
        `${shown}: "${topic}" is not a roadmap topic: use a topic slug from content/roadmap/weeks/`,
      );
    files.set(topic, shown);

    (data as { questions: unknown[] }).questions.forEach((raw, index) => {
      const label = questionLabel(raw, index);
      if (!checkQuestion(raw)) {
        mistakes.push(`${shown}, ${label}: ${schemaErrors(checkQuestion.errors)}`);
        return;
      }
      const source = raw as QuestionSource;
      for (const problem of questionProblems(source)) mistakes.push(`${shown}, ${label}: ${problem}`);
      const earlier = idsSeen.get(source.id);
      if (earlier !== undefined)
        mistakes.push(
          `${shown}, ${label}: the id is also used in ${earlier}: ids are unique across all quizzes, pick another`,
        );
      idsSeen.set(source.id, shown);
      questions.push(toQuestion(source, topic));
    });
  }
  if (mistakes.length > 0) throw new QuizContentError(mistakes);
  return { questions, files };
}

function questionLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? `question "${id}"` : `question ${index + 1} (no id)`;
}

function schemaErrors(errors: typeof checkQuestion.errors): string {
  return (errors ?? [])
    .filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if')
    .map((e) => {
      const where = e.instancePath === '' ? '' : `${e.instancePath.slice(1).replaceAll('/', '.')} `;
      const extra =
        e.keyword === 'additionalProperties'
          ? ` ("${(e.params as { additionalProperty: string }).additionalProperty}": remove it or check its spelling)`
          : '';
      const allowed =
        e.keyword === 'enum'
          ? `: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(' | ')}`
          : '';
      return `${where}${e.message ?? 'is invalid'}${allowed}${extra}`;
    })
    .filter((line, i, all) => all.indexOf(line) === i)
    .join('; ');
}

/** The roadmap's topic slugs, which are the only topics a quiz may be about. */
export function topicSlugsOf(roadmap: SessionContent[]): Set<string> {
  return new Set(
    roadmap.flatMap((s) => s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.map((t) => t.slug)))),
  );
}
