CREATE TABLE "review_items" (
	"run_id" text PRIMARY KEY NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reject_recommended" boolean DEFAULT false NOT NULL,
	"claimed_by" text,
	"claimed_by_name" text,
	"claim_expires_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finding_reviews" (
	"finding_id" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"verdict" text NOT NULL,
	"reviewer" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_reviews" ADD CONSTRAINT "finding_reviews_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_reviews" ADD CONSTRAINT "finding_reviews_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_items_claimed_by_idx" ON "review_items" USING btree ("claimed_by");--> statement-breakpoint
CREATE INDEX "finding_reviews_run_idx" ON "finding_reviews" USING btree ("run_id");
