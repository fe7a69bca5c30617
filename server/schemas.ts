// Wire shapes of the API, shared by the routes and the OpenAPI document.
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
import { WORKFLOWS } from "../graphs/registry.js";

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi("Error");

export const RunRequestBody = z
  .object({
    workflow: z.enum(WORKFLOWS).openapi({ example: "ad_writing" }),
    input: z
      .record(z.string(), z.unknown())
      .openapi({ example: { brief: "Nous recrutons un vendeur à Lyon, CDI." } }),
    jurisdiction: Jurisdiction.optional(),
    wait: z.boolean().optional().openapi({
      description:
        "false: answer 202 at once with the run's id and URLs and run it in the background (as `Prefer: respond-async`); default true for small inputs",
    }),
    webhook: z.string().max(2_000).optional().openapi({
      description:
        "http(s) URL that receives the outcome, signed (Garde-Fou-Signature); makes the run a background run. Private addresses only with WEBHOOK_ALLOW_PRIVATE=true.",
    }),
  })
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

export const RunResponse = z
  .object({
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
  })
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
