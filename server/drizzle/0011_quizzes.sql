CREATE TABLE "quiz_attempt_answers" (
	"attempt_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"question_version_id" integer NOT NULL,
	"response" jsonb,
	"correct" boolean,
	"answered_at" timestamp (3) with time zone,
	CONSTRAINT "quiz_attempt_answers_attempt_id_position_pk" PRIMARY KEY("attempt_id","position"),
	CONSTRAINT "quiz_attempt_answers_answered_whole" CHECK (("quiz_attempt_answers"."response" is null) = ("quiz_attempt_answers"."correct" is null) and ("quiz_attempt_answers"."correct" is null) = ("quiz_attempt_answers"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "quiz_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"topic_id" integer,
	"week_id" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"score" smallint,
	CONSTRAINT "quiz_attempts_one_scope" CHECK (("quiz_attempts"."topic_id" is null) <> ("quiz_attempts"."week_id" is null)),
	CONSTRAINT "quiz_attempts_score_when_finished" CHECK (("quiz_attempts"."finished_at" is null) = ("quiz_attempts"."score" is null))
);
--> statement-breakpoint
CREATE TABLE "quiz_misses" (
	"user_id" uuid NOT NULL,
	"question_id" integer NOT NULL,
	"misses" integer NOT NULL,
	"last_missed_at" timestamp (3) with time zone NOT NULL,
	"resolved_at" timestamp (3) with time zone,
	CONSTRAINT "quiz_misses_user_id_question_id_pk" PRIMARY KEY("user_id","question_id"),
	CONSTRAINT "quiz_misses_positive" CHECK ("quiz_misses"."misses" > 0)
);
--> statement-breakpoint
CREATE TABLE "quiz_question_options" (
	"version_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"text" text NOT NULL,
	"correct" boolean NOT NULL,
	"why" text,
	CONSTRAINT "quiz_question_options_version_id_position_pk" PRIMARY KEY("version_id","position")
);
--> statement-breakpoint
CREATE TABLE "quiz_question_references" (
	"version_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	CONSTRAINT "quiz_question_references_version_id_position_pk" PRIMARY KEY("version_id","position"),
	CONSTRAINT "quiz_question_references_url_https" CHECK ("quiz_question_references"."url" like 'https://%')
);
--> statement-breakpoint
CREATE TABLE "quiz_question_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quiz_question_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question_id" integer NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"kind" text NOT NULL,
	"difficulty" smallint NOT NULL,
	"concept" text NOT NULL,
	"prompt" text NOT NULL,
	"explanation" text NOT NULL,
	"spec" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quiz_question_versions_kind_valid" CHECK ("quiz_question_versions"."kind" in ('single', 'multiple', 'true-false', 'ordering', 'numeric', 'short', 'code-output')),
	CONSTRAINT "quiz_question_versions_difficulty_range" CHECK ("quiz_question_versions"."difficulty" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "quiz_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quiz_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"topic_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "quiz_questions_slug_format" CHECK ("quiz_questions"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length("quiz_questions"."slug") between 3 and 64)
);
--> statement-breakpoint
ALTER TABLE "quiz_attempt_answers" ADD CONSTRAINT "quiz_attempt_answers_attempt_id_quiz_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempt_answers" ADD CONSTRAINT "quiz_attempt_answers_question_version_id_quiz_question_versions_id_fk" FOREIGN KEY ("question_version_id") REFERENCES "public"."quiz_question_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_week_id_roadmap_weeks_id_fk" FOREIGN KEY ("week_id") REFERENCES "public"."roadmap_weeks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_misses" ADD CONSTRAINT "quiz_misses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_misses" ADD CONSTRAINT "quiz_misses_question_id_quiz_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."quiz_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_question_options" ADD CONSTRAINT "quiz_question_options_version_id_quiz_question_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."quiz_question_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_question_references" ADD CONSTRAINT "quiz_question_references_version_id_quiz_question_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."quiz_question_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_question_versions" ADD CONSTRAINT "quiz_question_versions_question_id_quiz_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."quiz_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_questions" ADD CONSTRAINT "quiz_questions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_attempt_answers_attempt_version_key" ON "quiz_attempt_answers" USING btree ("attempt_id","question_version_id");--> statement-breakpoint
CREATE INDEX "quiz_attempt_answers_version_idx" ON "quiz_attempt_answers" USING btree ("question_version_id");--> statement-breakpoint
CREATE INDEX "quiz_attempts_user_created_idx" ON "quiz_attempts" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "quiz_attempts_topic_id_idx" ON "quiz_attempts" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "quiz_attempts_week_id_idx" ON "quiz_attempts" USING btree ("week_id");--> statement-breakpoint
CREATE INDEX "quiz_misses_open_idx" ON "quiz_misses" USING btree ("user_id","last_missed_at") WHERE "quiz_misses"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "quiz_misses_question_id_idx" ON "quiz_misses" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_question_versions_question_version_key" ON "quiz_question_versions" USING btree ("question_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_questions_slug_key" ON "quiz_questions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "quiz_questions_topic_position_idx" ON "quiz_questions" USING btree ("topic_id","position");