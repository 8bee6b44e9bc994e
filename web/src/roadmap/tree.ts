/** Pure edits of the roadmap tree, used for optimistic updates of the cached roadmap. */
import type { Roadmap, TopicStatus, TopicSummary, Week } from '../api/types';
import { completionOf } from './completion';

const statusesOfWeek = (week: Week): TopicStatus[] =>
  week.bullets.flatMap((bullet) => bullet.topics.map((topic) => topic.status));

/**
 * A copy of `roadmap` where the topic `slug` has `status`, with every completion above it (week,
 * session, overall) recomputed. Unchanged when the slug is not in the tree.
 */
export function withTopicStatus(roadmap: Roadmap, slug: string, status: TopicStatus): Roadmap {
  return withTopic(roadmap, slug, (topic) => ({ ...topic, status }));
}

/** A copy of `roadmap` where the topic `slug` says whether it has a note. */
export function withTopicHasNote(roadmap: Roadmap, slug: string, hasNote: boolean): Roadmap {
  return withTopic(roadmap, slug, (topic) => ({ ...topic, hasNote }));
}

function withTopic(roadmap: Roadmap, slug: string, edit: (topic: TopicSummary) => TopicSummary): Roadmap {
  if (findTopic(roadmap, slug) === undefined) return roadmap;
  const sessions = roadmap.sessions.map((session) => {
    const weeks = session.weeks.map((week) => {
      const bullets = week.bullets.map((bullet) => ({
        ...bullet,
        topics: bullet.topics.map((topic) => (topic.slug === slug ? edit(topic) : topic)),
      }));
      const edited = { ...week, bullets };
      return { ...edited, completion: completionOf(statusesOfWeek(edited)) };
    });
    return { ...session, weeks, completion: completionOf(weeks.flatMap(statusesOfWeek)) };
  });
  return {
    sessions,
    completion: completionOf(sessions.flatMap((session) => session.weeks.flatMap(statusesOfWeek))),
  };
}

export function findTopic(roadmap: Roadmap, slug: string): TopicSummary | undefined {
  for (const session of roadmap.sessions)
    for (const week of session.weeks)
      for (const bullet of week.bullets) {
        const topic = bullet.topics.find((candidate) => candidate.slug === slug);
        if (topic !== undefined) return topic;
      }
  return undefined;
}
