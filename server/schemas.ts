// Wire shapes of the API, shared by the routes and the OpenAPI document. A run's request and answer are
// one schema per workflow, built from the workflow's own input and output schemas (graphs/<name>/), so
// the document validates each workflow's input and output on its own, with its example.
import { z } from "@hono/zod-openapi";
import {
  BriefFinding,
  Certainty,
  Confidence,
  Finding,
  Jurisdiction,
  RunStatus,
  TextKind,
  Verdict,
} from "../core/contract.js";
import { ERROR_CODES } from "../core/errors.js";
import type { WorkflowDefinition } from "../graphs/define.js";
import { WORKFLOW_REGISTRY, WORKFLOWS, type WorkflowId } from "../graphs/registry.js";

/** "document_check" → "DocumentCheck": the prefix of a workflow's schema names in the document. */
const schemaName = (id: string) =>
  id
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

/** One value per registered workflow, as the non-empty tuple a discriminated union wants. */
function perWorkflow<T>(build: (definition: WorkflowDefinition<WorkflowId>) => T): [T, ...T[]] {
  const [first, ...rest] = Object.values(WORKFLOW_REGISTRY).map(build);
  if (first === undefined) throw new Error("the workflow registry is empty");
  return [first, ...rest];
}

/**
 * Zod copies its methods onto each schema when it is made, so a schema made in graphs/ before this module
 * loaded @hono/zod-openapi (it depends on import order) has no `.openapi`: a clone made here has it.
 */
function documented<T extends z.ZodType>(schema: T, name: string, metadata: { description: string }): T {
  return schema.clone().openapi(name, metadata);
}

const unknownWorkflow = {
  error: (issue: { code?: string }) =>
    issue.code === "invalid_union" ? `must be one of ${WORKFLOWS.join(", ")}` : undefined,
};

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi("Error");

const RunOptions = {
  jurisdiction: Jurisdiction.optional(),
  wait: z.boolean().optional().openapi({
    description:
      "false: answer 202 at once with the run's id and URLs and run it in the background (as `Prefer: respond-async`); default true for small inputs",
  }),
  webhook: z.string().max(2_000).optional().openapi({
    description:
      "http(s) URL that receives the outcome, signed (Garde-Fou-Signature); makes the run a background run. Private addresses only with WEBHOOK_ALLOW_PRIVATE=true.",
  }),
};

export const RunRequestBody = z
  .discriminatedUnion(
    "workflow",
    perWorkflow((definition) =>
      z
        .object({
          workflow: z.literal(definition.id),
          input: documented(definition.input, `${schemaName(definition.id)}Input`, {
            description: definition.description,
          }),
          ...RunOptions,
        })
        .openapi(`${schemaName(definition.id)}RunRequest`, {
          example: { workflow: definition.id, input: definition.example.input },
        }),
    ),
    unknownWorkflow,
  )
  .openapi("RunRequest");

export const QueuedRunResponse = z
  .object({
    runId: z.string(),
    workflow: z.enum(WORKFLOWS),
    status: RunStatus,
    url: z.string(),
    streamUrl: z.string(),
  })
  .openapi("QueuedRun");

export const EngineInfo = z.object({ provider: z.string(), model: z.string(), offline: z.boolean() });

/** What every run's answer holds, whatever its workflow. */
export const RunResultBase = z.object({
  runId: z.string(),
  workflow: z.enum(WORKFLOWS),
  status: RunStatus.exclude(["running"]),
  output: z.record(z.string(), z.unknown()).optional(),
  verdict: Verdict.nullable(),
  findings: z.array(Finding),
  revisions: z.number().int(),
  engine: EngineInfo,
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  /** ad_writing: what the brief asked for that the law forbids (spans in the brief) and what was done. */
  briefFindings: z.array(BriefFinding).optional(),
  review: z
    .object({
      reasons: z.array(z.string()),
      draft: z.record(z.string(), z.unknown()).nullable(),
    })
    .optional()
    .openapi({
      description:
        "Only for a run waiting for a person: why it waits and the draft held for the decision (not released)",
    }),
});

/** A run's answer, its output typed by its workflow: present only when released. */
export const RunResponse = z
  .discriminatedUnion(
    "workflow",
    perWorkflow((definition) => {
      const name = schemaName(definition.id);
      return RunResultBase.extend({
        workflow: z.literal(definition.id),
        output: documented(definition.released, `${name}Output`, {
          description: `What a released ${definition.id} run hands over, with the AI disclosure`,
        }).optional(),
      }).openapi(`${name}RunResult`, {
        example: {
          runId: "run_01J9Z6W5K3",
          workflow: definition.id,
          status: "released",
          output: definition.example.released,
          verdict: "pass",
          findings: [],
          revisions: 0,
          engine: { provider: "offline", model: "offline", offline: true },
        },
      });
    }),
  )
  .openapi("RunResult");

/** What `POST /v1/guard` accepts as sources (an interview's notes, a CV, a brief: a few pages each). */
export const GUARD_SOURCE_LIMITS = { count: 20, charsEach: 20_000, charsTotal: 100_000 } as const;

export const GuardRequestBody = z
  .object({
    id: z.string().optional(),
    text: z.string().min(1).max(100_000),
    kind: TextKind.optional(),
    jurisdiction: Jurisdiction.optional(),
    // The hallucination guard compares the text with every source: bounded in count, in length each and
    // in total, so that one request cannot hand a detector megabytes.
    sources: z
      .array(
        z
          .string()
          .max(
            GUARD_SOURCE_LIMITS.charsEach,
            `at most ${GUARD_SOURCE_LIMITS.charsEach.toLocaleString("en")} characters per source`,
          ),
      )
      .max(GUARD_SOURCE_LIMITS.count, `at most ${GUARD_SOURCE_LIMITS.count} sources`)
      .refine(
        (sources) => sources.reduce((n, s) => n + s.length, 0) <= GUARD_SOURCE_LIMITS.charsTotal,
        `at most ${GUARD_SOURCE_LIMITS.charsTotal.toLocaleString("en")} characters in all sources together`,
      )
      .optional(),
  })
  .openapi("GuardRequest");

export const GuardResponse = z
  .object({
    id: z.string().optional(),
    verdict: Verdict,
    findings: z.array(Finding),
    offline: z.boolean(),
    policyVersion: z.string(),
    guards: z.array(
      z.object({
        guard: z.string(),
        verdict: Verdict,
        certainty: Certainty,
        confidence: Confidence.optional(),
        judge: z.string(),
        latencyMs: z.number(),
      }),
    ),
  })
  .openapi("GuardResult");
