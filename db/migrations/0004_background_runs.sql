ALTER TABLE "runs" ADD COLUMN "kind" text DEFAULT 'single' NOT NULL;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "parent_run_id" text;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "webhook" text;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "webhook_key" text;--> statement-breakpoint
CREATE INDEX "runs_parent_idx" ON "runs" USING btree ("parent_run_id");--> statement-breakpoint
CREATE TABLE "batch_scores" (
	"run_id" text NOT NULL,
	"cv_id" text NOT NULL,
	"chunk" integer NOT NULL,
	"child_run_id" text NOT NULL,
	"score" double precision NOT NULL,
	"recommendation" text NOT NULL,
	"verdict" text,
	"created_at" timestamp with time zone NOT NULL
);--> statement-breakpoint
ALTER TABLE "batch_scores" ADD CONSTRAINT "batch_scores_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "batch_scores_run_cv_idx" ON "batch_scores" USING btree ("run_id","cv_id");--> statement-breakpoint
CREATE INDEX "batch_scores_rank_idx" ON "batch_scores" USING btree ("run_id","score" DESC,"cv_id");--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"event" text NOT NULL,
	"url" text NOT NULL,
	"attempt" integer NOT NULL,
	"ok" boolean NOT NULL,
	"status_code" integer,
	"error" text,
	"duration_ms" integer NOT NULL,
	"at" timestamp with time zone NOT NULL
);--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_run_idx" ON "webhook_deliveries" USING btree ("run_id","at");--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"key_id" text PRIMARY KEY NOT NULL,
	"url" text,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
