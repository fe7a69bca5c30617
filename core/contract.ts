// The stable guard vocabulary of ../shared/domain/contract.md. Names listed there keep their meaning:
// extend these lists, never rename an entry.
import { z } from "zod";

export const CRITERIA = [
  "origin",
  "sex",
  "morals",
  "sexual_orientation",
  "gender_identity",
  "age",
  "family_situation",
  "pregnancy",
  "genetic_characteristics",
  "economic_vulnerability",
  "political_opinions",
  "union_activity",
  "elected_office",
  "religion",
  "physical_appearance",
  "surname",
  "residence",
  "bank_domiciliation",
  "health",
  "loss_of_autonomy",
  "disability",
  "language",
  "whistleblower",
  "personal_data",
] as const;
export const Criterion = z.enum(CRITERIA);
export type Criterion = z.infer<typeof Criterion>;

export const GUARDS = [
  "discrimination",
  "cultural",
  "hallucination",
  "hate_speech",
  "pii",
  "injection",
] as const;
export const GuardId = z.enum(GUARDS);
export type GuardId = z.infer<typeof GuardId>;

/** Ordered from most to least permissive: aggregation takes the last one present. */
export const VERDICTS = ["pass", "revise", "review", "block"] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const SEVERITIES = ["warn", "review", "block"] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const TEXT_KINDS = [
  "job_ad",
  "interview_questions",
  "screening_rationale",
  "candidate_summary",
  "document",
  "free_text",
] as const;
export const TextKind = z.enum(TEXT_KINDS);
export type TextKind = z.infer<typeof TextKind>;

export const JURISDICTIONS = ["FR", "EU", "US"] as const;
export const Jurisdiction = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export const DEFAULT_JURISDICTION: Jurisdiction = "FR";

// The workflow ids are not listed here: each workflow is defined in its own folder under graphs/, and
// graphs/registry.ts derives WORKFLOWS and WorkflowId from its entries (one folder + one line per workflow).

export const RUN_STATUSES = ["queued", "running", "released", "blocked", "needs_review", "failed"] as const;
export const RunStatus = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatus>;

/** single: one workflow run; batch: a screening batch; chunk: one of a batch's child runs. */
export const RUN_KINDS = ["single", "batch", "chunk"] as const;
export const RunKind = z.enum(RUN_KINDS);
export type RunKind = z.infer<typeof RunKind>;

/** What the screener recommends for a CV; a rejection always waits for a person (RGPD art. 22). */
export const RECOMMENDATIONS = ["advance", "reject"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** What an API key may do (server/middleware/authorize.ts maps routes to roles). */
export const ROLES = ["app", "reviewer", "evaluator", "admin"] as const;

/**
 * A calibrated probability (0 to 1): for a finding, that it is a real problem; for a guard's outcome, that
 * the detectors' verdict on the text (flagged or clean) is right. Calibrated on development data by
 * each guard's evaluation (`npm run eval:guards`), so 0.8 means right about four times in five there.
 */
export const Confidence = z.number().min(0).max(1);
export type Confidence = z.infer<typeof Confidence>;

/**
 * "unsure": the text (or finding) lies in its guard's unsure band, the range of confidence where the
 * detectors are often wrong. With JUDGE_MODE=auto and a model configured the judge decides it; offline, a
 * rule's `unsure` setting in the policy says whether its block-level findings go to review or pass as warn.
 */
export const CERTAINTIES = ["sure", "unsure"] as const;
export const Certainty = z.enum(CERTAINTIES);
export type Certainty = z.infer<typeof Certainty>;

/** How readily the model judge is consulted: by the policy where a detector is unsure, on everything, or never. */
export const JUDGE_MODES = ["auto", "always", "never"] as const;
export const JudgeMode = z.enum(JUDGE_MODES);
export type JudgeMode = z.infer<typeof JudgeMode>;

/** A reviewer's answer to a run waiting for review. */
export const REVIEW_DECISIONS = ["approve", "reject", "edit_approve"] as const;
export const ReviewDecisionKind = z.enum(REVIEW_DECISIONS);
export type ReviewDecisionKind = z.infer<typeof ReviewDecisionKind>;

export const Finding = z.object({
  guard: GuardId,
  rule: z.string().min(1),
  criteria: z.array(Criterion),
  severity: Severity,
  /** UTF-16 offsets into the checked text (JavaScript string indices). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  evidence: z.string(),
  legalBasis: z.array(z.string()),
  suggestion: z.string().optional(),
  /** Why the guard decided, in words a reviewer can check (detector name, judge reasoning). */
  explanation: z.string().optional(),
  /** Which text of a multi-text output the span is in (e.g. one CV's rationale); absent for a single text. */
  target: z.string().optional(),
  /** Calibrated probability that this finding is a real problem (see Confidence); absent when not measured. */
  confidence: Confidence.optional(),
  /**
   * True when the finding lies in its guard's unsure band. If no judge decided it, its severity may have been
   * lowered by the rule's offline `unsure` setting (the explanation says so).
   */
  unsure: z.boolean().optional(),
});
export type Finding = z.infer<typeof Finding>;

/**
 * What was done about something a caller's own input asked for that the law forbids: `removed` (the ad
 * does not say it), `rewritten` (said lawfully: the job named in both genders), `kept_for_review` (the pending ad still says it; a person
 * decides), `kept` (released with it after a person approved), `blocked` (nothing was released).
 */
export const BRIEF_ACTIONS = ["removed", "rewritten", "kept_for_review", "kept", "blocked"] as const;
export const BriefAction = z.enum(BRIEF_ACTIONS);
export type BriefAction = z.infer<typeof BriefAction>;

/** A finding on the caller's input (an ad brief), not on the draft: the span is in the brief. */
export const BriefFinding = Finding.extend({ stage: z.literal("brief"), action: BriefAction });
export type BriefFinding = z.infer<typeof BriefFinding>;
