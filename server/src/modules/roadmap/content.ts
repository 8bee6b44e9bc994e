/**
 * Reads the curriculum from `content/roadmap/` (sessions.yaml + weeks/<slug>.yaml) and checks it
 * whole before anything touches the database: a content mistake is reported with its file and field.
 * The format is documented in content/roadmap/README.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { type Static, Type } from 'typebox';
import { parse } from 'yaml';

const slug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,47}$' });
const tag = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,47}$' });
const text = Type.String({ minLength: 1, maxLength: 4000 });

/** A source to learn from: where it is and what to read there. */
const referenceSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    url: Type.String({ pattern: '^https://[^\\s]+$', maxLength: 500 }),
    read: Type.String({ minLength: 1, maxLength: 400 }),
  },
  { additionalProperties: false },
);

const topicSchema = Type.Object(
  {
    slug,
    title: Type.String({ minLength: 1, maxLength: 120 }),
    // Long enough for a 700-word lesson written in Markdown with a code example.
    explanation: Type.String({ minLength: 1, maxLength: 9000 }),
    objectives: Type.Array(Type.String({ minLength: 1, maxLength: 400 }), { minItems: 1, maxItems: 12 }),
    tags: Type.Array(tag, { maxItems: 8, default: [] }),
    references: Type.Array(referenceSchema, { maxItems: 12, default: [] }),
    /** The versions of the software the text was checked against, e.g. "PostgreSQL 18". */
    versions: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 8, default: [] }),
    /** The day the topic was last checked against its sources (YYYY-MM-DD); absent = not yet. */
    reviewed: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    /** A topic beyond the roadmap's bullets, shown flagged "extra". */
    extra: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);

const weekSchema = Type.Object(
  {
    slug,
    label: Type.String({ minLength: 1, maxLength: 40 }),
    title: Type.String({ minLength: 1, maxLength: 120 }),
    summary: text,
    bullets: Type.Array(
      Type.Object(
        {
          text: Type.String({ minLength: 1, maxLength: 400 }),
          topics: Type.Array(topicSchema, { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

const sessionsSchema = Type.Array(
  Type.Object(
    {
      slug,
      label: Type.String({ minLength: 1, maxLength: 40 }),
      title: Type.String({ minLength: 1, maxLength: 120 }),
      summary: text,
      weeks: Type.Array(slug, { minItems: 1 }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1 },
);

export type TopicContent = Static<typeof topicSchema>;
export type WeekContent = Static<typeof weekSchema>;
export interface SessionContent extends Omit<Static<typeof sessionsSchema>[number], 'weeks'> {
  weeks: WeekContent[];
}

export class ContentError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ContentError';
  }
}

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });
const checkWeek = ajv.compile(weekSchema);
const checkSessions = ajv.compile(sessionsSchema);

/** Reads and parses one YAML content file; a failure is a ContentError naming the file. */
export async function readYaml(file: string): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new ContentError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parse(source);
  } catch (error) {
    throw new ContentError(file, `is not valid YAML: ${(error as Error).message}`);
  }
}

/**
 * Ajv's errors as one line: `/path message; …`. With the week's data, a path inside a topic is
 * named by the topic's slug and field (`topic "sec-owasp-top-10", references.1.url: …`), which is
 * what an author searches the file for.
 */
export function explain(errors: typeof checkWeek.errors, week?: unknown): string {
  return (errors ?? []).map((e) => `${locate(e.instancePath, week)} ${e.message ?? 'is invalid'}`).join('; ');
}

function locate(instancePath: string, week: unknown): string {
  const match = /^\/bullets\/(\d+)\/topics\/(\d+)(?:\/(.*))?$/.exec(instancePath);
  if (match === null) return instancePath || '(top)';
  const [, bullet, topic, field] = match;
  const topicData = (week as { bullets?: { topics?: { slug?: unknown }[] }[] } | undefined)?.bullets?.[
    Number(bullet)
  ]?.topics?.[Number(topic)];
  const name =
    typeof topicData?.slug === 'string'
      ? `topic "${topicData.slug}"`
      : `bullet ${Number(bullet) + 1}, topic ${Number(topic) + 1}`;
  return field === undefined ? name : `${name}, ${field.replaceAll('/', '.')}`;
}

/** Checks what a schema cannot: a review date that is a real day, references that parse as URLs. */
function checkTopicFacts(week: WeekContent, file: string): void {
  for (const bullet of week.bullets) {
    for (const topic of bullet.topics) {
      const where = `topic "${topic.slug}"`;
      if (topic.reviewed !== undefined) {
        const day = new Date(`${topic.reviewed}T00:00:00Z`);
        if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== topic.reviewed)
          throw new ContentError(file, `${where}, reviewed: "${topic.reviewed}" is not a calendar date`);
      }
      topic.references.forEach((reference, i) => {
        if (!URL.canParse(reference.url))
          throw new ContentError(file, `${where}, references.${i}.url: "${reference.url}" is not a URL`);
      });
      const urls = topic.references.map((r) => r.url);
      const repeated = urls.find((url, i) => urls.indexOf(url) !== i);
      if (repeated !== undefined)
        throw new ContentError(file, `${where}, references: "${repeated}" is listed twice`);
    }
  }
}

/** The whole curriculum, in order, with every slug checked to be unique. */
export async function loadRoadmapContent(roadmapDir: string): Promise<SessionContent[]> {
  const sessionsFile = path.join(roadmapDir, 'sessions.yaml');
  const sessions = await readYaml(sessionsFile);
  if (!checkSessions(sessions)) throw new ContentError(sessionsFile, explain(checkSessions.errors));
  const sessionList = sessions as Static<typeof sessionsSchema>;

  const seen = new Map<string, string>();
  const claim = (kind: string, value: string, file: string) => {
    const key = `${kind}:${value}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new ContentError(file, `${kind} slug "${value}" is also used in ${earlier}`);
    seen.set(key, file);
  };

  const result: SessionContent[] = [];
  for (const session of sessionList) {
    claim('session', session.slug, sessionsFile);
    const weeks: WeekContent[] = [];
    for (const weekSlug of session.weeks) {
      const file = path.join(roadmapDir, 'weeks', `${weekSlug}.yaml`);
      const week = await readYaml(file);
      if (!checkWeek(week)) throw new ContentError(file, explain(checkWeek.errors, week));
      checkTopicFacts(week, file);
      if (week.slug !== weekSlug)
        throw new ContentError(file, `slug is "${week.slug}" but sessions.yaml calls it "${weekSlug}"`);
      claim('week', week.slug, file);
      for (const bullet of week.bullets) for (const topic of bullet.topics) claim('topic', topic.slug, file);
      weeks.push(week as WeekContent);
    }
    result.push({ ...session, weeks });
  }
  return result;
}
