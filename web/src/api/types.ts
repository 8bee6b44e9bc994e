/** Shapes of the API's JSON, as documented at /docs (mirrors the server's response schemas). */

export type Role = 'learner' | 'admin';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** An admin disabled the account. */
  disabled: boolean;
  /** Public lists show "Anonymous" instead of the display name. */
  anonymous: boolean;
  createdAt: string;
}

export interface UserSettings {
  displayName?: string;
  anonymous?: boolean;
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
  /** A topic beyond the roadmap's bullets, added by Winter Arc. */
  extra: boolean;
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

/** A primary source of a topic. */
export interface Reference {
  title: string;
  url: string;
  /** What to read there. */
  read: string;
}

export interface Topic {
  slug: string;
  title: string;
  /** Markdown. */
  explanation: string;
  objectives: string[];
  tags: string[];
  references: Reference[];
  /** The software versions the text was checked against. */
  versions: string[];
  /** YYYY-MM-DD; null = not reviewed yet. */
  reviewedOn: string | null;
  extra: boolean;
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

/** One page of a list endpoint; pass `nextCursor` back as `cursor` for the next one. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export const problemStyles = ['stdio', 'function'] as const;
/** stdio: a whole program reading standard input; function: one function, LeetCode-style. */
export type ProblemStyle = (typeof problemStyles)[number];

export interface ProblemSummary {
  slug: string;
  title: string;
  style: ProblemStyle;
  /** 1 (easiest) to 5. */
  difficulty: number;
  tags: string[];
  version: number;
}

export interface ProblemLanguage {
  /** Send this as the language of a submission. */
  id: string;
  name: string;
  starterCode: string;
}

export interface ProblemSample {
  name: string;
  /** The input file (function problems: the JSON argument list). */
  input: string;
  /** The expected output (function problems: the JSON return value). */
  answer: string;
}

export interface ProblemFunction {
  name: string;
  params: { name: string; type: string }[];
  returns: string;
}

export interface Problem extends ProblemSummary {
  statementMarkdown: string;
  limits: { timeMs: number; memoryMb: number };
  interactive: boolean;
  scoring: boolean;
  function: ProblemFunction | null;
  samples: ProblemSample[];
  languages: ProblemLanguage[];
}

export const verdicts = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'IE'] as const;
export type Verdict = (typeof verdicts)[number];

export type SubmissionMode = 'run' | 'submit';
export type SubmissionStatus = 'queued' | 'judging' | 'done';

export interface SubmissionInput {
  problem: string;
  language: string;
  source: string;
  mode: SubmissionMode;
  /** Run mode on a stdio problem: custom standard input instead of the samples. */
  input?: string;
}

export interface SubmissionAccepted {
  id: string;
  status: SubmissionStatus;
  statusUrl: string;
}

export interface SubmissionTest {
  name: string;
  sample: boolean;
  verdict: Verdict;
  timeMs: number;
  memoryKb: number;
  message: string | null;
  input?: string;
  expected?: string;
  actual?: string;
}

export interface Submission {
  id: string;
  problem: string;
  language: string;
  mode: SubmissionMode;
  status: SubmissionStatus;
  verdict: Verdict | null;
  score: number | null;
  maxScore: number | null;
  /** The compiler's message (CE) or the reason (IE). */
  message: string | null;
  testsRun: number | null;
  testsTotal: number | null;
  compileMs: number | null;
  /** The program's output on custom input (run mode). */
  output: string | null;
  createdAt: string;
  judgedAt: string | null;
  /** Set while judging is held up (queued far too long, or set aside for an operator). */
  delayed: SubmissionDelay | null;
  tests: SubmissionTest[];
}

export interface SubmissionDelay {
  since: string;
  /** Why, in words for the learner. */
  reason: string;
}

export interface SubmissionSummary {
  id: string;
  author: string;
  problem: string;
  language: string;
  mode: string;
  status: string;
  verdict: string | null;
  score: number | null;
  createdAt: string;
  judgedAt: string | null;
}
