// Policy packs are data files (guards/policies/<pack>/<guard>.yaml) read by code. Detectors know the
// patterns; rules know the law: a detector's finding names a rule id, and the policy of the run's
// jurisdiction decides whether the rule applies there, how severe it is, and on which legal basis.
import { z } from "zod";
import { Criterion, GuardId, JudgeMode, Jurisdiction, Severity, TextKind } from "../../core/contract.js";

export const PACK_IDS = ["fr", "eu", "us"] as const;
export const PackId = z.enum(PACK_IDS);
export type PackId = z.infer<typeof PackId>;

/** Offline outcomes a policy may give an unsure block-level finding (Rule.unsure). */
export const UNSURE_OFFLINE = ["review", "warn"] as const;

export const Rule = z.object({
  id: z.string().regex(/^[A-Z]{2,4}-\d{2}[a-z]?$/, "rule ids look like AD-04, IQ-01, HS-02"),
  guard: GuardId,
  title: z.string().min(1),
  /** Text kinds the rule applies to; empty means every kind. */
  kinds: z.array(TextKind).default([]),
  criteria: z.array(Criterion),
  severity: Severity,
  /** Per-jurisdiction override; "allow" means lawful there (the finding is dropped). */
  jurisdictionSeverity: z.partialRecord(Jurisdiction, z.union([Severity, z.literal("allow")])).default({}),
  legalBasis: z.array(z.string().min(1)).min(1),
  detects: z.string().min(1),
  suggestion: z.string().optional(),
  /** "always": consult the judge on every finding of this rule, even when the detector is sure. */
  judge: JudgeMode.exclude(["never"]).default("auto"),
  /**
   * When no judge decides (offline, JUDGE_MODE=never, or the judge failed), what a finding of this rule in its
   * guard's unsure band becomes if the rule's severity is "block": sent to a person ("review") or let
   * through with a warning ("warn"). Absent: the rule's severity stands.
   */
  unsure: z.enum(UNSURE_OFFLINE).optional(),
});
export type Rule = z.infer<typeof Rule>;

/** One guard's rules in one pack (guards/policies/<pack>/<guard>.yaml). The pack's version is in pack.yaml. */
export const PolicyFile = z.object({
  pack: PackId,
  /** Optional per-file revision; the version that is reported and traced is the pack's. */
  version: z.string().min(1).optional(),
  rules: z.array(Rule),
});
export type PolicyFile = z.infer<typeof PolicyFile>;

/** guards/policies/<pack>/pack.yaml: bump `version` whenever any rule of the pack changes. */
export const PackFile = z.object({
  pack: PackId,
  version: z.string().min(1),
  title: z.string().min(1),
  jurisdiction: z.string().min(1),
});
export type PackFile = z.infer<typeof PackFile>;

/** A rule as it applies in one jurisdiction: the override resolved, with the pack it came from. */
export interface ResolvedRule extends Rule {
  pack: PackId;
  effective: Severity | "allow";
}

/** Which packs apply in a jurisdiction, in order: a later pack's rule with the same id wins. */
export const PACKS_FOR: Record<z.infer<typeof Jurisdiction>, PackId[]> = {
  FR: ["eu", "fr"],
  EU: ["eu"],
  US: ["us"],
};
