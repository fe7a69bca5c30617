CREATE TABLE "screening_outcomes" (
	"run_id" text NOT NULL,
	"candidate_id" text NOT NULL,
	"sex" text,
	"race_ethnicity" text,
	"score" double precision NOT NULL,
	"rank" integer NOT NULL,
	"recommendation" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "screening_outcomes" ADD CONSTRAINT "screening_outcomes_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "screening_outcomes_run_candidate_idx" ON "screening_outcomes" USING btree ("run_id","candidate_id");--> statement-breakpoint
CREATE INDEX "screening_outcomes_created_idx" ON "screening_outcomes" USING btree ("created_at");
