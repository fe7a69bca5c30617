// The assertion vocabulary of suite files. Every type listed here has an entry in ./registry.ts; a test
// keeps the two in step.
import { z } from "zod";
import { Criterion, GuardId, RUN_STATUSES, VERDICTS } from "../../core/contract.js";

export const ASSERTION_TYPES = [
  "verdict",
  "criteria",
  "contains",
  "not-contains",
  "regex",
  "json-schema",
  "threshold",
  "similarity",
  "invariance",
  "judge-rubric",
] as const;
export type AssertionType = (typeof ASSERTION_TYPES)[number];

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);
const note = { description: z.string().optional() };

export const VerdictAssertion = z
  .object({
    type: z.literal("verdict"),
    /** Verdict(s) accepted; a workflow case may instead (or also) name the run status(es) accepted. */
    value: oneOrMany(z.enum(VERDICTS)).optional(),
    status: oneOrMany(z.enum(RUN_STATUSES)).optional(),
    ...note,
  })
  .strict()
  .refine((a) => a.value !== undefined || a.status !== undefined, { message: "give value or status" });

export const CriteriaAssertion = z
  .object({
    type: z.literal("criteria"),
    /** Every criterion here must be among the findings' criteria. */
    includes: z.array(Criterion).optional(),
    /** None of these may appear; `none: true` means no finding at all. */
    excludes: z.array(Criterion).optional(),
    none: z.boolean().optional(),
    /** Look only at findings of this guard. */
    guard: GuardId.optional(),
    ...note,
  })
  .strict()
  .refine((a) => a.includes || a.excludes || a.none, { message: "give includes, excludes or none" });

const textMatch = {
  value: oneOrMany(z.string().min(1)),
  ignoreCase: z.boolean().optional(),
  ...note,
};
export const ContainsAssertion = z.object({ type: z.literal("contains"), ...textMatch }).strict();
export const NotContainsAssertion = z.object({ type: z.literal("not-contains"), ...textMatch }).strict();

const validRegex = (a: { pattern: string; flags?: string | undefined }) => {
  try {
    new RegExp(a.pattern, a.flags);
    return true;
  } catch {
    return false;
  }
};
export const RegexAssertion = z
  .object({
    type: z.literal("regex"),
    pattern: z.string().min(1),
    flags: z
      .string()
      .regex(/^[dgimsuvy]*$/u)
      .optional(),
    /** When true the text must NOT match. */
    negate: z.boolean().optional(),
    ...note,
  })
  .strict()
  .refine(validRegex, { message: "not a valid regular expression", path: ["pattern"] });

const JsonSchemaObject = z.record(z.string(), z.json());
export const JsonSchemaAssertion = z
  .object({ type: z.literal("json-schema"), schema: JsonSchemaObject, ...note })
  .strict()
  .refine(
    (a) => {
      try {
        z.fromJSONSchema(a.schema);
        return true;
      } catch {
        return false;
      }
    },
    { message: "not a JSON schema zod can read", path: ["schema"] },
  );

/** A dot path into the case's measures: `latencyMs`, `inputTokens`, `outputTokens`, `costUsd`, `findings`,
 * `length`, or `data.…` / `output.…` (array items by index or by `[key=value]`). */
const MetricPath = z.string().min(1);

export const ThresholdAssertion = z
  .object({
    type: z.literal("threshold"),
    metric: MetricPath,
    min: z.number().optional(),
    max: z.number().optional(),
    ...note,
  })
  .strict()
  .refine((a) => a.min !== undefined || a.max !== undefined, { message: "give min or max" });

export const SIMILARITY_METHODS = ["token-cosine", "rouge-l"] as const;
export const SimilarityAssertion = z
  .object({
    type: z.literal("similarity"),
    reference: z.string().min(1),
    method: z.enum(SIMILARITY_METHODS).default("rouge-l"),
    min: z.number().min(0).max(1),
    ...note,
  })
  .strict();

export const InvarianceVariant = z
  .object({
    label: z.string().min(1).optional(),
    /** Literal replacements applied to every string of the case input (names, ages, addresses…). */
    replace: z.record(z.string().min(1), z.string()),
  })
  .strict();
export const InvarianceAssertion = z
  .object({
    type: z.literal("invariance"),
    metric: MetricPath,
    variants: z.array(InvarianceVariant).min(1),
    /** Largest allowed |variant − original| of the metric. */
    tolerance: z.number().min(0),
    ...note,
  })
  .strict();

export const JudgeRubricAssertion = z
  .object({
    type: z.literal("judge-rubric"),
    rubric: z.string().min(1),
    /** Least score (0 to 1) the judge must give. */
    min: z.number().min(0).max(1).default(0.7),
    ...note,
  })
  .strict();

export const Assertion = z.discriminatedUnion("type", [
  VerdictAssertion,
  CriteriaAssertion,
  ContainsAssertion,
  NotContainsAssertion,
  RegexAssertion,
  JsonSchemaAssertion,
  ThresholdAssertion,
  SimilarityAssertion,
  InvarianceAssertion,
  JudgeRubricAssertion,
]);
export type Assertion = z.infer<typeof Assertion>;
export type AssertionOf<K extends AssertionType> = Extract<Assertion, { type: K }>;
