CREATE TABLE "problem_version_files" (
	"problem_version_id" integer NOT NULL,
	"path" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "problem_version_files_problem_version_id_path_pk" PRIMARY KEY("problem_version_id","path"),
	CONSTRAINT "problem_version_files_size_matches" CHECK ("problem_version_files"."size_bytes" = octet_length("problem_version_files"."data"))
);
--> statement-breakpoint
ALTER TABLE "problem_version_files" ADD CONSTRAINT "problem_version_files_problem_version_id_problem_versions_id_fk" FOREIGN KEY ("problem_version_id") REFERENCES "public"."problem_versions"("id") ON DELETE cascade ON UPDATE no action;