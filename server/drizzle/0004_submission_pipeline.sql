ALTER TABLE "submission_results" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "problem_id" integer;--> statement-breakpoint
UPDATE "submissions" SET "problem_id" = pv."problem_id" FROM "problem_versions" pv WHERE pv."id" = "submissions"."problem_version_id";--> statement-breakpoint
ALTER TABLE "submissions" ALTER COLUMN "problem_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "max_score" integer;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "message" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "tests_run" integer;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "tests_total" integer;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "compile_ms" integer;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "output" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "judging_started_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submissions_problem_accepted_idx" ON "submissions" USING btree ("problem_id","created_at","id") WHERE "submissions"."verdict" = 'AC';--> statement-breakpoint
CREATE INDEX "submissions_unfinished_idx" ON "submissions" USING btree ("status","created_at") WHERE "submissions"."status" <> 'done';