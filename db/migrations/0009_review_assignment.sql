-- An item can be assigned to a reviewer by a colleague: who assigned it, kept while the assignee holds it
-- (a claim taken by oneself, or a release, clears it), so the queue can show "assigned to me".
ALTER TABLE "review_items" ADD COLUMN "assigned_by" text;
