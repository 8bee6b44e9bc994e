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

const topicSchema = Type.Object(
  {
    slug,
    title: Type.String({ minLength: 1, maxLength: 120 }),
    explanation: text,
    objectives: Type.Array(Type.String({ minLength: 1, maxLength: 400 }), { minItems: 1, maxItems: 12 }),
    tags: Type.Array(tag, { maxItems: 8, default: [] }),
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

/** Ajv's errors as one line: `/path message; …`. */
export function explain(errors: typeof checkWeek.errors): string {
  return (errors ?? []).map((e) => `${e.instancePath || '(top)'} ${e.message ?? 'is invalid'}`).join('; ');
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
      if (!checkWeek(week)) throw new ContentError(file, explain(checkWeek.errors));
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
