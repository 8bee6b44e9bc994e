/** Shapes of the API's JSON, as documented at /docs (mirrors the server's response schemas). */

export type Role = 'learner' | 'admin';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: string;
}

export interface Session {
  user: User;
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
}

export const topicStatuses = ['todo', 'learning', 'done', 'skipped'] as const;
export type TopicStatus = (typeof topicStatuses)[number];

export interface Completion {
  total: number;
  done: number;
  learning: number;
  skipped: number;
  /** done / (total − skipped), 0-100; 100 when nothing is left to count. */
  percent: number;
}

export interface TopicSummary {
  slug: string;
  title: string;
  status: TopicStatus;
  hasNote: boolean;
}

export interface Bullet {
  text: string;
  topics: TopicSummary[];
}

export interface Week {
  slug: string;
  label: string;
  title: string;
  summary: string;
  completion: Completion;
  bullets: Bullet[];
}

export interface RoadmapSession {
  slug: string;
  label: string;
  title: string;
  summary: string;
  completion: Completion;
  weeks: Week[];
}

export interface Roadmap {
  completion: Completion;
  sessions: RoadmapSession[];
}

export interface Progress {
  status: TopicStatus;
  note: string;
  /** Also the ETag; send it back in If-Match. 0 = never changed. */
  version: number;
  updatedAt: string | null;
}

export interface Topic {
  slug: string;
  title: string;
  explanation: string;
  objectives: string[];
  tags: string[];
  bulletText: string;
  weekSlug: string;
  weekTitle: string;
  /** Present only when signed in. */
  progress?: Progress;
}

export interface ProgressPatch {
  status?: TopicStatus;
  note?: string;
}

export interface ProgressExportItem {
  topic: string;
  status: TopicStatus;
  note?: string;
  updatedAt?: string;
}

export interface ProgressExport {
  format: 'winterarc.progress/v1';
  exportedAt?: string;
  items: ProgressExportItem[];
}

/** One wrong field of a request, from a problem document's `errors`. */
export interface FieldError {
  /** body, querystring, params or headers. */
  in: string;
  /** Dotted path (`email`, `items.3.topic`); empty for the part as a whole. */
  field: string;
  message: string;
}
