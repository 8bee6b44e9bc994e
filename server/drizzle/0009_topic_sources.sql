CREATE TABLE "topic_references" (
	"topic_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"read" text NOT NULL,
	CONSTRAINT "topic_references_topic_id_position_pk" PRIMARY KEY("topic_id","position"),
	CONSTRAINT "topic_references_url_https" CHECK ("topic_references"."url" like 'https://%')
);
--> statement-breakpoint
CREATE TABLE "topic_versions" (
	"topic_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "topic_versions_topic_id_position_pk" PRIMARY KEY("topic_id","position")
);
--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "reviewed_on" date;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "extra" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "topic_references" ADD CONSTRAINT "topic_references_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_versions" ADD CONSTRAINT "topic_versions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;