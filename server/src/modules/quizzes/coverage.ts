/**
 * How many questions each roadmap topic has against the minimum `content/quizzes/_coverage.yaml`
 * sets per session: the content test asserts it and prints the table.
 */
import path from 'node:path';
import { Ajv } from 'ajv';
import { type Static, Type } from 'typebox';
import type { SessionContent } from '../roadmap/content.js';
import { ContentError, explain, readYaml } from '../roadmap/content.js';
import type { Question } from './question.js';

export const coverageFileName = '_coverage.yaml';

const coverageSchema = Type.Object(
  {
    minimum: Type.Record(
      Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,47}$' }),
      Type.Integer({ minimum: 0, maximum: 100 }),
    ),
    everyTopic: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type CoverageRules = Static<typeof coverageSchema>;
const checkCoverage = new Ajv({ allErrors: true, strict: false }).compile(coverageSchema);

export async function readCoverageRules(quizzesDir: string): Promise<CoverageRules> {
  const file = path.join(quizzesDir, coverageFileName);
  const data = await readYaml(file);
  if (!checkCoverage(data)) throw new ContentError(file, explain(checkCoverage.errors));
  return data as CoverageRules;
}

export interface TopicCoverage {
  session: string;
  week: string;
  topic: string;
  questions: number;
  minimum: number;
  hasFile: boolean;
}

export function coverageOf(
  roadmap: SessionContent[],
  questions: Question[],
  files: ReadonlyMap<string, string>,
  rules: CoverageRules,
): TopicCoverage[] {
  const counts = new Map<string, number>();
  for (const question of questions) counts.set(question.topic, (counts.get(question.topic) ?? 0) + 1);
  return roadmap.flatMap((session) =>
    session.weeks.flatMap((week) =>
      week.bullets.flatMap((bullet) =>
        bullet.topics.map((topic) => ({
          session: session.slug,
          week: week.slug,
          topic: topic.slug,
          questions: counts.get(topic.slug) ?? 0,
          minimum: rules.minimum[session.slug] ?? 0,
          hasFile: files.has(topic.slug),
        })),
      ),
    ),
  );
}

/** What breaks the rules: a quiz below its minimum, and (with `everyTopic`) a topic with none. */
export function coverageShortfalls(rows: TopicCoverage[], rules: CoverageRules): string[] {
  return rows
    .filter((row) => (row.hasFile || rules.everyTopic) && row.questions < row.minimum)
    .map((row) => `${row.topic}: ${row.questions} question(s), at least ${row.minimum} wanted`);
}

/** The table printed by the content test: per week, topics with a quiz, questions, and the shortfall. */
export function coverageTable(rows: TopicCoverage[]): string {
  const weeks = [...new Set(rows.map((row) => row.week))];
  const lines = ['week                                  topics  with quiz  questions  below minimum'];
  for (const week of weeks) {
    const of = rows.filter((row) => row.week === week);
    lines.push(
      `${week.padEnd(38)}${String(of.length).padStart(6)}${String(of.filter((r) => r.hasFile).length).padStart(11)}${String(of.reduce((n, r) => n + r.questions, 0)).padStart(11)}${String(of.filter((r) => r.questions < r.minimum).length).padStart(15)}`,
    );
  }
  const total = rows.reduce((n, r) => n + r.questions, 0);
  lines.push(
    `${'all'.padEnd(38)}${String(rows.length).padStart(6)}${String(rows.filter((r) => r.hasFile).length).padStart(11)}${String(total).padStart(11)}${String(rows.filter((r) => r.questions < r.minimum).length).padStart(15)}`,
  );
  return lines.join('\n');
}
