-- Check constraints for the text columns that hold one of the contract's closed sets (db/schema.ts
-- CLOSED_COLUMNS, made from core/contract.ts, core/trace.ts and core/audit-categories.ts). Existing rows
-- pass them: these lists have only ever grown (git history of those files), and every writer takes its
-- value from them through typed code. db/constraints.test.ts reads them back and compares with the lists.
ALTER TABLE "runs" ADD CONSTRAINT "runs_status_check" CHECK ("runs"."status" in ('queued', 'running', 'released', 'blocked', 'needs_review', 'failed'));--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_verdict_check" CHECK ("runs"."verdict" in ('pass', 'revise', 'review', 'block'));--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_jurisdiction_check" CHECK ("runs"."jurisdiction" in ('FR', 'EU', 'US'));--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_kind_check" CHECK ("runs"."kind" in ('single', 'batch', 'chunk'));--> statement-breakpoint
ALTER TABLE "run_steps" ADD CONSTRAINT "run_steps_kind_check" CHECK ("run_steps"."kind" in ('graph', 'agent', 'guard', 'generation', 'evaluator', 'release', 'review'));--> statement-breakpoint
ALTER TABLE "run_steps" ADD CONSTRAINT "run_steps_status_check" CHECK ("run_steps"."status" in ('running', 'ok', 'error'));--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_guard_check" CHECK ("findings"."guard" in ('discrimination', 'cultural', 'hallucination', 'hate_speech', 'pii', 'injection'));--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_severity_check" CHECK ("findings"."severity" in ('warn', 'review', 'block'));--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_decision_check" CHECK ("review_decisions"."decision" in ('approve', 'reject', 'edit_approve'));--> statement-breakpoint
ALTER TABLE "finding_reviews" ADD CONSTRAINT "finding_reviews_verdict_check" CHECK ("finding_reviews"."verdict" in ('accepted', 'dismissed'));--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_role_check" CHECK ("api_keys"."role" in ('app', 'reviewer', 'evaluator', 'admin'));--> statement-breakpoint
ALTER TABLE "screening_outcomes" ADD CONSTRAINT "screening_outcomes_sex_check" CHECK ("screening_outcomes"."sex" in ('female', 'male'));--> statement-breakpoint
ALTER TABLE "screening_outcomes" ADD CONSTRAINT "screening_outcomes_race_ethnicity_check" CHECK ("screening_outcomes"."race_ethnicity" in ('hispanic_latino', 'white', 'black_african_american', 'native_hawaiian_pacific_islander', 'asian', 'native_american_alaska_native', 'two_or_more_races'));--> statement-breakpoint
ALTER TABLE "screening_outcomes" ADD CONSTRAINT "screening_outcomes_recommendation_check" CHECK ("screening_outcomes"."recommendation" in ('advance', 'reject'));--> statement-breakpoint
ALTER TABLE "batch_scores" ADD CONSTRAINT "batch_scores_recommendation_check" CHECK ("batch_scores"."recommendation" in ('advance', 'reject'));--> statement-breakpoint
ALTER TABLE "batch_scores" ADD CONSTRAINT "batch_scores_verdict_check" CHECK ("batch_scores"."verdict" in ('pass', 'revise', 'review', 'block'));
