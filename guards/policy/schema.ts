// Policy packs are data files (guards/policies/<pack>/<guard>.yaml) read by code. Detectors know the
// patterns; rules know the law: a detector's finding names a rule id, and the policy of the run's
// jurisdiction decides whether the rule applies there, how severe it is, and on which legal basis.
import { z } from "zod";
import { Criterion, GuardId, Jurisdiction, Severity, TextKind } from "../../core/contract.js";

export const PACK_IDS = ["fr", "eu", "us"] as const;
export const PackId = z.enum(PACK_IDS);
export type PackId = z.infer<typeof PackId>;

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
});
export type Rule = z.infer<typeof Rule>;

export const PolicyFile = z.object({
  pack: PackId,
  version: z.string().min(1),
  rules: z.array(Rule),
});
export type PolicyFile = z.infer<typeof PolicyFile>;

/** Which packs apply in a jurisdiction, in order: a later pack's rule with the same id wins. */
export const PACKS_FOR: Record<z.infer<typeof Jurisdiction>, PackId[]> = {
  FR: ["eu", "fr"],
  EU: ["eu"],
  US: ["us"],
};
