ALTER TABLE "submissions" ADD COLUMN "claim_token" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "client_address" text;