import { type Finding, RECOMMENDATIONS, type Recommendation } from "../../core/contract.js";
import type { ModelCallSink } from "../../core/models.js";

/** What the scorer may see of a candidate: an id and a text. The self-declared group never comes here. */
export interface CandidateCv {
  id: string;
  text: string;
}

export const REQUIREMENT_KINDS = [
  "skill",
  "software",
  "diploma",
  "licence",
  "certification",
  "language",
  "years",
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** One way to meet a requirement: "Cegid" or "Sage" for "Cegid ou Sage". */
export interface RequirementOption {
  /** As the job ad writes it. */
  text: string;
  /** The option's content words, stemmed (text.ts), that a CV must show. */
  stems: string[];
  /** How many of them one line of the CV must show: all of a diploma's, most of a skill's. */
  needed: number;
  /** A driving licence's category ("B", "CE"): matched on the CV's "permis" lists, not as a word. */
  category?: string;
  /** A diploma asked for by its level only ("university degree", "Bac+2"): any diploma at this level or above. */
  level?: number;
}

export interface Requirement {
  /** Stemmed key (see text.ts). */
  key: string;
  /** As the job ad writes it. */
  label: string;
  kind: RequirementKind;
  /** Alternatives the ad accepts; one option for a plain requirement. */
  options: RequirementOption[];
  /** For a years requirement: how many. */
  years?: number;
  /** For a years requirement: the field it names ("en audit légal", "as a data engineer"), stemmed. */
  domain?: string[];
}

export interface JobProfile {
  requirements: Requirement[];
  yearsRequired: number | null;
}

/** A requirement the CV meets, with the CV's own words that meet it. */
export interface MetRequirement {
  label: string;
  evidence: string;
}

/** A CV as the scorer reads it: injections stripped, protected attributes taken out. */
export interface PreparedCv {
  id: string;
  text: string;
  /** Counts per criterion of what was taken out (never the values). */
  redacted: Record<string, number>;
  /** Injection findings on the original text, target = the CV id. */
  injections: Finding[];
  /**
   * Years of work the CV's date ranges cover ("2019 – aujourd'hui", "Jan 2018 - Present"), read before the
   * redaction takes the years out; only this duration is kept, never a date.
   */
  yearsFromDates: number | null;
}

export interface Assessment {
  id: string;
  matched: Requirement[];
  missing: Requirement[];
  /** The CV's words for each matched requirement, by label. */
  evidence: MetRequirement[];
  /** Matched share of the job's requirements; null when the job names none the lexicon knows. */
  coverage: number | null;
  /** Years of experience: from the CV's date ranges, else as the CV states them. */
  yearsStated: number | null;
  /** Where yearsStated comes from. */
  yearsSource: "dates" | "stated" | null;
  yearsRequired: number | null;
  /** Cosine similarity of the job's and the redacted CV's embeddings. */
  similarity: number;
}

export { RECOMMENDATIONS, type Recommendation };

export interface ScoredCv extends Assessment {
  score: number;
  rank: number;
  recommendation: Recommendation;
}

export interface RationaleRequest {
  job: string;
  cv: PreparedCv;
  scored: ScoredCv;
  /** Evidence the guards flagged in an earlier rationale: it must not come back. */
  avoid: string[];
  sink?: ModelCallSink;
}

export interface RationaleWriter {
  readonly offline: boolean;
  write(request: RationaleRequest): Promise<string>;
}
