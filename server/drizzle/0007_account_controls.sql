DROP INDEX "submissions_problem_accepted_idx";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "anonymous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "submissions_problem_accepted_idx" ON "submissions" USING btree ("problem_id","created_at","id") WHERE "submissions"."verdict" = 'AC' and "submissions"."mode" = 'submit';