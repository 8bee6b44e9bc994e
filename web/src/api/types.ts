/**
 * Shapes of the API's JSON, derived from the OpenAPI types generated from the server's own schemas
 * (the contract workspace; `npm run contract:generate`), never written by hand: when the server's
 * answer changes, the app's type check says where it must follow.
 */
import type { ApiQuery, ApiRequestBody, ApiResponse, ApiSchema } from '@winterarc/contract/openapi';

export {
  type Completion,
  type ProblemStyle,
  problemStyles,
  type SubmissionMode,
  type SubmissionStatus,
  type TopicStatus,
  topicStatuses,
  type Verdict,
  verdicts,
} from '@winterarc/contract';

export type User = ApiSchema<'User'>;
export type Role = User['role'];
export type Session = ApiResponse<'/api/v1/auth/signin', 'post'>;
export type SignUpInput = ApiRequestBody<'/api/v1/auth/signup', 'post'>;
export type SignInInput = ApiRequestBody<'/api/v1/auth/signin', 'post'>;

export type Roadmap = ApiResponse<'/api/v1/roadmap', 'get'>;
export type RoadmapSession = Roadmap['sessions'][number];
export type Week = RoadmapSession['weeks'][number];
export type Bullet = Week['bullets'][number];
export type TopicSummary = Bullet['topics'][number];
export type Topic = ApiResponse<'/api/v1/roadmap/topics/{slug}', 'get'>;

export type Progress = ApiResponse<'/api/v1/roadmap/topics/{slug}/progress', 'get'>;
export type ProgressPatch = ApiRequestBody<'/api/v1/roadmap/topics/{slug}/progress', 'patch'>;
export type ProgressExport = ApiResponse<'/api/v1/me/progress/export', 'get'>;
export type ProgressExportItem = ProgressExport['items'][number];
/** What a learner may change of their own account (display name, anonymity in public lists). */
export type UserSettings = ApiRequestBody<'/api/v1/users/me', 'patch'>;
/** A primary source of a topic: title, URL and what to read there. */
export type Reference = Topic['references'][number];

/** One wrong field of a request, from a problem document's `errors`. */
export type FieldError = NonNullable<ApiSchema<'Problem'>['errors']>[number];

export type ProblemQuery = ApiQuery<'/api/v1/problems', 'get'>;
export type ProblemPage = ApiResponse<'/api/v1/problems', 'get'>;
export type ProblemSummary = ProblemPage['data'][number];
export type Problem = ApiResponse<'/api/v1/problems/{slug}', 'get'>;
export type ProblemLanguage = Problem['languages'][number];
export type ProblemSample = Problem['samples'][number];
export type ProblemFunction = NonNullable<Problem['function']>;
export type Editorial = ApiResponse<'/api/v1/problems/{slug}/editorial', 'get'>;
export type Pattern = ApiResponse<'/api/v1/patterns', 'get'>['items'][number];
export type PatternGroup = Pattern['group'];
export type LearnerProblem = ApiResponse<'/api/v1/me/problems', 'get'>['items'][number];
/** The learner's status on a problem: `new` when nothing was sent for it yet. */
export type LearnerProblemStatus = LearnerProblem['status'] | 'new';

export type SubmissionInput = ApiRequestBody<'/api/v1/submissions', 'post'>;
export type SubmissionAccepted = ApiResponse<'/api/v1/submissions', 'post', 202>;
export type Submission = ApiResponse<'/api/v1/submissions/{id}', 'get'>;
export type SubmissionTest = Submission['tests'][number];
export type SubmissionPage = ApiResponse<'/api/v1/submissions', 'get'>;
export type SubmissionSummary = SubmissionPage['data'][number];
/** Set while judging is held up (queued far too long, or set aside for an operator). */
export type SubmissionDelay = NonNullable<Submission['delayed']>;

export type QuizOverview = ApiResponse<'/api/v1/quizzes/topics/{slug}', 'get'>;
export type QuizAttempt = ApiResponse<'/api/v1/quiz-attempts', 'post', 201>;
export type QuizAttemptQuestion = QuizAttempt['questions'][number];
export type QuizQuestion = QuizAttemptQuestion['question'];
export type QuizAnswersInput = ApiRequestBody<'/api/v1/quiz-attempts/{id}/answers', 'post'>;
export type QuizResponse = QuizAnswersInput['answers'][number]['response'];
export type QuizAnswersResult = ApiResponse<'/api/v1/quiz-attempts/{id}/answers', 'post'>;
export type QuizResult = QuizAnswersResult['results'][number];
export type QuizScores = ApiResponse<'/api/v1/me/quiz-scores', 'get'>;
export type QuizTopicStats = ApiResponse<'/api/v1/admin/quizzes/topics/{slug}/stats', 'get'>;
export type QuizQuestionStats = ApiResponse<'/api/v1/admin/quiz-questions/{id}/stats', 'get'>;
