// The source of truth for storage. Migrations under db/migrations are generated from this file
// (`npx drizzle-kit generate`), after the hand-written first one that creates the vector extension.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  vector,
} from "drizzle-orm/pg-core";
import { RACE_ETHNICITIES, SEXES } from "../core/audit-categories.js";
import {
  GUARDS,
  JURISDICTIONS,
  RECOMMENDATIONS,
  REVIEW_DECISIONS,
  ROLES,
  RUN_KINDS,
  RUN_STATUSES,
  SEVERITIES,
  VERDICTS,
} from "../core/contract.js";
import { STEP_KINDS, STEP_STATUSES } from "../core/trace.js";

/** A reviewer's word on one finding: well-founded (accepted) or dismissed. Feeds the agreement figures. */
export const FINDING_VERDICTS = ["accepted", "dismissed"] as const;

/**
 * The text columns that hold one of the contract's closed sets, by table and column (SQL names), each with
 * its list. The check constraints below are made from these lists, migration 0007 writes the same, and
 * db/constraints.test.ts reads them back from the live database, so a list and its column cannot drift.
 * The workflow id is not among them: a list there would make every new workflow a migration (CONTRIBUTING).
 */
export const CLOSED_COLUMNS = {
  runs: { status: RUN_STATUSES, verdict: VERDICTS, jurisdiction: JURISDICTIONS, kind: RUN_KINDS },
  run_steps: { kind: STEP_KINDS, status: STEP_STATUSES },
  findings: { guard: GUARDS, severity: SEVERITIES },
  review_decisions: { decision: REVIEW_DECISIONS },
  finding_reviews: { verdict: FINDING_VERDICTS },
  api_keys: { role: ROLES },
  screening_outcomes: { sex: SEXES, race_ethnicity: RACE_ETHNICITIES, recommendation: RECOMMENDATIONS },
  batch_scores: { recommendation: RECOMMENDATIONS, verdict: VERDICTS },
} as const;

/** `<table>_<column>_check`: the column's value is one of the list (NULL passes, as in any check). */
function closedSet(table: keyof typeof CLOSED_COLUMNS, column: AnyPgColumn, values: readonly string[]) {
  // The lists are the code's own constants, never input; a quote in one would be a bug, not an injection.
  if (values.some((v) => v.includes("'"))) throw new Error(`${table}.${column.name}: a quote in its list`);
  const list = values.map((v) => `'${v}'`).join(", ");
  return check(`${table}_${column.name}_check`, sql`${column} in (${sql.raw(list)})`);
}

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull();

export const runs = pgTable(
  "runs",
  {
    id: text("id").primaryKey(),
    workflow: text("workflow").notNull(),
    jurisdiction: text("jurisdiction").notNull(),
    status: text("status").notNull(),
    verdict: text("verdict"),
    input: jsonb("input").notNull(),
    output: jsonb("output"),
    /** Code and message safe for callers; never a stack trace. */
    error: jsonb("error"),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    offline: boolean("offline").notNull(),
    revisions: integer("revisions").notNull().default(0),
    /** The instance driving a `running` run; null otherwise (db/queries/run-lifecycle.ts). */
    leaseOwner: text("lease_owner"),
    /** A `running` run whose lease has expired was left by a dead process: recovery takes it. */
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true, mode: "date" }),
    /** The caller's Idempotency-Key (scoped to its API key), and a hash of the request it came with. */
    idempotencyKey: text("idempotency_key"),
    requestHash: text("request_hash"),
    /**
     * single: one workflow run; batch: a screening batch whose chunks are child runs (its status is settled
     * by the queue's chunk jobs, never by recovery); chunk: one such child (an ordinary screening run).
     */
    kind: text("kind").notNull().default("single"),
    /** For a chunk: the batch it belongs to. */
    parentRunId: text("parent_run_id"),
    /** Where the outcome is POSTed (signed with webhook_key's secret, see runtime/webhooks.ts). */
    webhook: text("webhook"),
    webhookKey: text("webhook_key"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("runs_status_idx").on(t.status),
    index("runs_parent_idx").on(t.parentRunId),
    uniqueIndex("runs_idempotency_key_idx").on(t.idempotencyKey),
    index("runs_workflow_idx").on(t.workflow),
    index("runs_created_idx").on(t.createdAt),
    closedSet("runs", t.status, CLOSED_COLUMNS.runs.status),
    closedSet("runs", t.verdict, CLOSED_COLUMNS.runs.verdict),
    closedSet("runs", t.jurisdiction, CLOSED_COLUMNS.runs.jurisdiction),
    closedSet("runs", t.kind, CLOSED_COLUMNS.runs.kind),
  ],
);

export const runSteps = pgTable(
  "run_steps",
  {
    id: text("id").primaryKey(),
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    parentStepId: text("parent_step_id"),
    seq: integer("seq").notNull(),
    /** agent | guard | generation | evaluator | release | review | graph */
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    status: text("status").notNull(),
    input: jsonb("input"),
    output: jsonb("output"),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("run_steps_run_idx").on(t.runId, t.seq),
    closedSet("run_steps", t.kind, CLOSED_COLUMNS.run_steps.kind),
    closedSet("run_steps", t.status, CLOSED_COLUMNS.run_steps.status),
  ],
);

export const modelCalls = pgTable(
  "model_calls",
  {
    id: text("id").primaryKey(),
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    stepId: text("step_id"),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    promptName: text("prompt_name").notNull(),
    promptVersion: text("prompt_version").notNull(),
    inputTokens: integer("input_tokens").notNull(),
    outputTokens: integer("output_tokens").notNull(),
    latencyMs: doublePrecision("latency_ms").notNull(),
    attempts: integer("attempts").notNull().default(1),
    offline: boolean("offline").notNull(),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [index("model_calls_run_idx").on(t.runId)],
);

export const findings = pgTable(
  "findings",
  {
    id: text("id").primaryKey(),
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    stepId: text("step_id"),
    /** Which draft of the run the finding is about (0 = first draft). */
    revision: integer("revision").notNull().default(0),
    guard: text("guard").notNull(),
    rule: text("rule").notNull(),
    criteria: jsonb("criteria").$type<string[]>().notNull(),
    severity: text("severity").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    evidence: text("evidence").notNull(),
    legalBasis: jsonb("legal_basis").$type<string[]>().notNull(),
    suggestion: text("suggestion"),
    explanation: text("explanation"),
    target: text("target"),
    createdAt: createdAt(),
  },
  (t) => [
    index("findings_run_idx").on(t.runId),
    index("findings_guard_idx").on(t.guard),
    closedSet("findings", t.guard, CLOSED_COLUMNS.findings.guard),
    closedSet("findings", t.severity, CLOSED_COLUMNS.findings.severity),
  ],
);

export const embeddings = pgTable(
  "embeddings",
  {
    id: text("id").primaryKey(),
    runId: text("run_id").references(() => runs.id, { onDelete: "cascade" }),
    /** cv | job */
    ownerKind: text("owner_kind").notNull(),
    ownerId: text("owner_id").notNull(),
    model: text("model").notNull(),
    contentHash: text("content_hash").notNull(),
    embedding: vector("embedding", { dimensions: 1024 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("embeddings_hnsw_idx").using("hnsw", t.embedding.op("vector_cosine_ops")),
    index("embeddings_owner_idx").on(t.ownerKind, t.ownerId),
    // The screening query's filter (one run's CVs): exact rows without scanning every run's vectors.
    index("embeddings_run_idx").on(t.runId, t.ownerKind),
  ],
);

export const reviewDecisions = pgTable(
  "review_decisions",
  {
    id: text("id").primaryKey(),
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    /** approve | reject | edit_approve */
    decision: text("decision").notNull(),
    reason: text("reason").notNull(),
    editedOutput: jsonb("edited_output"),
    reviewer: text("reviewer").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("review_decisions_run_idx").on(t.runId),
    closedSet("review_decisions", t.decision, CLOSED_COLUMNS.review_decisions.decision),
  ],
);

/**
 * A run waiting for a person, as the review queue works it: why it waits (the workflow's reasons, and
 * whether a rejection is recommended), and who holds it. A claim expires, so an item a reviewer left is
 * free again; a decision on an item another reviewer holds is refused by the decision's own conditional
 * update (db/queries/run-lifecycle.ts).
 */
export const reviewItems = pgTable(
  "review_items",
  {
    runId: text("run_id")
      .primaryKey()
      .references(() => runs.id, { onDelete: "cascade" }),
    reasons: jsonb("reasons").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    rejectRecommended: boolean("reject_recommended").notNull().default(false),
    /** The holder's actor name (server/middleware/principal.ts actorOf), as decisions record it. */
    claimedBy: text("claimed_by"),
    claimedByName: text("claimed_by_name"),
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true, mode: "date" }),
    /** Who assigned the item to its holder (actor name); null when the holder took it themselves. */
    assignedBy: text("assigned_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("review_items_claimed_by_idx").on(t.claimedBy)],
);

export const findingReviews = pgTable(
  "finding_reviews",
  {
    findingId: text("finding_id")
      .primaryKey()
      .references(() => findings.id, { onDelete: "cascade" }),
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    verdict: text("verdict").notNull(),
    reviewer: text("reviewer").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("finding_reviews_run_idx").on(t.runId),
    closedSet("finding_reviews", t.verdict, CLOSED_COLUMNS.finding_reviews.verdict),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    runId: text("run_id"),
    details: jsonb("details").notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_run_idx").on(t.runId)],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** app | reviewer | evaluator | admin */
    role: text("role").notNull(),
    /** Only a hash is kept; the key is shown once, when created. */
    keyHash: text("key_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("api_keys_hash_idx").on(t.keyHash),
    closedSet("api_keys", t.role, CLOSED_COLUMNS.api_keys.role),
  ],
);

/**
 * Reviewers' logins: the browser holds a random session id, this table only its hash, so neither a stolen
 * cookie jar nor a database dump yields an API key. A session ends at its expiry, at logout, or when its key
 * is revoked.
 */
export const sessions = pgTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    keyId: text("key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("sessions_key_idx").on(t.keyId), index("sessions_expires_idx").on(t.expiresAt)],
);

export const evalRuns = pgTable(
  "eval_runs",
  {
    id: text("id").primaryKey(),
    suites: jsonb("suites").$type<string[]>().notNull(),
    provider: text("provider").notNull(),
    mode: text("mode").notNull(),
    promptVersions: jsonb("prompt_versions").notNull().default(sql`'{}'::jsonb`),
    baselineId: text("baseline_id"),
    total: integer("total").notNull(),
    passed: integer("passed").notNull(),
    failed: integer("failed").notNull(),
    summary: jsonb("summary").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("eval_runs_started_idx").on(t.startedAt)],
);

export const evalCaseResults = pgTable(
  "eval_case_results",
  {
    id: text("id").primaryKey(),
    evalRunId: text("eval_run_id")
      .notNull()
      .references(() => evalRuns.id, { onDelete: "cascade" }),
    suite: text("suite").notNull(),
    caseId: text("case_id").notNull(),
    column: text("column").notNull().default("default"),
    passed: boolean("passed").notNull(),
    assertions: jsonb("assertions").notNull(),
    output: jsonb("output"),
    latencyMs: doublePrecision("latency_ms").notNull(),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    costUsd: doublePrecision("cost_usd").notNull().default(0),
  },
  (t) => [index("eval_case_results_run_idx").on(t.evalRunId)],
);

/**
 * What a bias audit (NYC Local Law 144) reads, per candidate of a screening run: the screener's own score,
 * rank and recommendation, beside the categories the candidate declared (optional; never given to the
 * screener or a model). No CV text: it outlives the candidate-data purge as part of the decision log, and is
 * deleted with the run (log retention) or when the candidate's data is erased.
 */
export const screeningOutcomes = pgTable(
  "screening_outcomes",
  {
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    candidateId: text("candidate_id").notNull(),
    /** Self-declared, LL144 categories (core/audit-categories.ts); null when not declared. */
    sex: text("sex"),
    raceEthnicity: text("race_ethnicity"),
    score: doublePrecision("score").notNull(),
    rank: integer("rank").notNull(),
    recommendation: text("recommendation").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("screening_outcomes_run_candidate_idx").on(t.runId, t.candidateId),
    index("screening_outcomes_created_idx").on(t.createdAt),
    closedSet("screening_outcomes", t.sex, CLOSED_COLUMNS.screening_outcomes.sex),
    closedSet("screening_outcomes", t.raceEthnicity, CLOSED_COLUMNS.screening_outcomes.race_ethnicity),
    closedSet("screening_outcomes", t.recommendation, CLOSED_COLUMNS.screening_outcomes.recommendation),
  ],
);

/** One row per CV of a screening batch, written once (run + CV unique) when its chunk's run comes to rest. */
export const batchScores = pgTable(
  "batch_scores",
  {
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    cvId: text("cv_id").notNull(),
    chunk: integer("chunk").notNull(),
    childRunId: text("child_run_id").notNull(),
    score: doublePrecision("score").notNull(),
    recommendation: text("recommendation").notNull(),
    verdict: text("verdict"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("batch_scores_run_cv_idx").on(t.runId, t.cvId),
    index("batch_scores_rank_idx").on(t.runId, t.score.desc(), t.cvId),
    closedSet("batch_scores", t.recommendation, CLOSED_COLUMNS.batch_scores.recommendation),
    closedSet("batch_scores", t.verdict, CLOSED_COLUMNS.batch_scores.verdict),
  ],
);

/** Every attempt to deliver a run's outcome to its webhook, successful or not. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    runId: text("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    url: text("url").notNull(),
    attempt: integer("attempt").notNull(),
    ok: boolean("ok").notNull(),
    statusCode: integer("status_code"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("webhook_deliveries_run_idx").on(t.runId, t.at)],
);

/** Per API key ("open" without keys): the secret that signs its webhooks, and an optional default URL. */
export const webhookEndpoints = pgTable("webhook_endpoints", {
  keyId: text("key_id").primaryKey(),
  url: text("url"),
  secret: text("secret").notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
});
