// The shape of a suite file (evals/suites/<suite>.yaml, or a folder of such files). Cases are validated
// one by one so that an error names the case it is in.
import { z } from "zod";
import { GuardId, Jurisdiction, TextKind } from "../../core/contract.js";
import { WORKFLOWS } from "../../graphs/registry.js";
import { Assertion } from "../assertions/schema.js";

export const TARGET_KINDS = ["prompt", "guard", ...WORKFLOWS.map((w) => `workflow:${w}` as const)] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
const WORKFLOW_TARGETS = TARGET_KINDS.filter((t): t is Exclude<TargetKind, "prompt" | "guard"> =>
  t.startsWith("workflow:"),
);

const CaseId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/u, "letters, digits and . _ : - only");

const caseBase = {
  id: CaseId,
  description: z.string().optional(),
  jurisdiction: Jurisdiction.default("FR"),
  tags: z.array(z.string()).optional(),
  assert: z.array(Assertion).min(1, "a case needs at least one assertion"),
};

export const PromptCase = z
  .object({
    ...caseBase,
    target: z.literal("prompt"),
    prompt: z.string().min(1),
    /** Version to render; `--prompt name=version` wins, then the suite's default, then the registry's latest. */
    version: z.string().min(1).optional(),
    vars: z.record(z.string(), z.json()).default({}),
    /** `json` asks for structured output: the answer's data is what json-schema and threshold read. */
    output: z.enum(["text", "json"]).default("text"),
  })
  .strict();

export const GuardCase = z
  .object({
    ...caseBase,
    target: z.literal("guard"),
    input: z
      .object({
        text: z.string().min(1),
        kind: TextKind.default("free_text"),
        sources: z.array(z.string()).optional(),
        generated: z.boolean().optional(),
      })
      .strict(),
    guards: z.array(GuardId).optional(),
  })
  .strict();

export const WorkflowCase = z
  .object({
    ...caseBase,
    target: z.enum(WORKFLOW_TARGETS),
    input: z.record(z.string(), z.json()),
  })
  .strict();

export const EvalCase = z.discriminatedUnion("target", [PromptCase, GuardCase, WorkflowCase]);
export type EvalCase = z.infer<typeof EvalCase>;
export type PromptCase = z.infer<typeof PromptCase>;
export type GuardCase = z.infer<typeof GuardCase>;
export type WorkflowCase = z.infer<typeof WorkflowCase>;

const Message = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() }).strict();

/** A prompt carried by the suite itself, for prompt experiments that do not touch prompts/. */
export const InlinePrompt = z
  .object({
    default: z.string().min(1).optional(),
    versions: z.record(z.string().min(1), z.array(Message).min(1)),
  })
  .strict()
  .refine((p) => !p.default || p.default in p.versions, {
    message: "default names no version",
    path: ["default"],
  });
export type InlinePrompt = z.infer<typeof InlinePrompt>;

export const SuiteFile = z
  .object({
    description: z.string().optional(),
    /** Merged under every case; `assert` lists are concatenated (defaults first). */
    defaults: z.record(z.string(), z.json()).optional(),
    prompts: z.record(z.string().min(1), InlinePrompt).optional(),
    /** Set by evals/regressions.ts on files it writes. */
    exported: z.record(z.string(), z.json()).optional(),
    cases: z.array(z.unknown()).min(1, "a suite needs at least one case"),
  })
  .strict();
export type SuiteFile = z.infer<typeof SuiteFile>;
