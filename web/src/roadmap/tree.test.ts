import { describe, expect, it } from 'vitest';
import type { Roadmap, TopicStatus } from '../api/types';
import { completionOf } from './completion';
import { findTopic, withTopicHasNote, withTopicStatus } from './tree';

const topic = (slug: string, status: TopicStatus = 'todo') => ({
  slug,
  title: slug,
  extra: false,
  status,
  hasNote: false,
  version: 0,
});

function roadmapOf(weeks: Record<string, ReturnType<typeof topic>[]>): Roadmap {
  const builtWeeks = Object.entries(weeks).map(([slug, topics]) => ({
    slug,
    label: slug,
    title: slug,
    summary: '',
    completion: completionOf(topics.map((t) => t.status)),
    bullets: [{ text: `${slug} bullet`, topics }],
  }));
  const all = Object.values(weeks).flat();
  return {
    completion: completionOf(all.map((t) => t.status)),
    sessions: [
      {
        slug: 's1',
        label: 'Session 1',
        title: 'S1',
        summary: '',
        completion: completionOf(all.map((t) => t.status)),
        weeks: builtWeeks,
      },
    ],
  };
}

describe('withTopicStatus', () => {
  const roadmap = roadmapOf({ w1: [topic('a'), topic('b')], w2: [topic('c', 'done')] });

  it('changes the topic and recomputes its week, session and overall completion', () => {
    const next = withTopicStatus(roadmap, 'a', 'done');
    expect(findTopic(next, 'a')?.status).toBe('done');
    const [session] = next.sessions;
    expect(session?.weeks[0]?.completion).toMatchObject({ done: 1, total: 2, percent: 50 });
    expect(session?.weeks[1]?.completion).toMatchObject({ done: 1, total: 1, percent: 100 });
    expect(session?.completion).toMatchObject({ done: 2, total: 3, percent: 66 });
    expect(next.completion).toEqual(session?.completion);
  });

  it('does not modify the original tree', () => {
    withTopicStatus(roadmap, 'a', 'skipped');
    expect(findTopic(roadmap, 'a')?.status).toBe('todo');
    expect(roadmap.completion.done).toBe(1);
  });

  it('returns the same tree for an unknown slug', () => {
    expect(withTopicStatus(roadmap, 'nope', 'done')).toBe(roadmap);
  });
});

describe('withTopicHasNote', () => {
  it('marks only that topic', () => {
    const next = withTopicHasNote(roadmapOf({ w1: [topic('a'), topic('b')] }), 'b', true);
    expect(findTopic(next, 'a')?.hasNote).toBe(false);
    expect(findTopic(next, 'b')?.hasNote).toBe(true);
  });
});
