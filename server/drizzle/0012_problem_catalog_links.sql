CREATE TABLE "editorial_views" (
	"user_id" uuid NOT NULL,
	"problem_id" integer NOT NULL,
	"first_viewed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "editorial_views_user_id_problem_id_pk" PRIMARY KEY("user_id","problem_id")
);
--> statement-breakpoint
CREATE TABLE "problem_topics" (
	"problem_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "problem_topics_problem_id_topic_id_pk" PRIMARY KEY("problem_id","topic_id"),
	CONSTRAINT "problem_topics_position_positive" CHECK ("problem_topics"."position" >= 1)
);
--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "pattern_group" text;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "pattern_about" text;--> statement-breakpoint
ALTER TABLE "editorial_views" ADD CONSTRAINT "editorial_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editorial_views" ADD CONSTRAINT "editorial_views_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_topics" ADD CONSTRAINT "problem_topics_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_topics" ADD CONSTRAINT "problem_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "editorial_views_problem_id_idx" ON "editorial_views" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "problem_topics_topic_id_idx" ON "problem_topics" USING btree ("topic_id","problem_id");--> statement-breakpoint
CREATE INDEX "submissions_user_problem_idx" ON "submissions" USING btree ("user_id","problem_id","mode","verdict","created_at");--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_pattern_group_valid" CHECK ("tags"."pattern_group" is null or "tags"."pattern_group" in ('structure', 'graph', 'technique', 'python', 'format'));--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_pattern_about_with_group" CHECK (("tags"."pattern_group" is null) = ("tags"."pattern_about" is null));