import type { Finding } from "../../core/contract.js";
import type { ModelCallSink } from "../../core/models.js";

/** What the scorer may see of a candidate: an id and a text. The self-declared group never comes here. */
export interface CandidateCv {
  id: string;
  text: string;
}

export interface Requirement {
  /** Stemmed key (see text.ts). */
  key: string;
  /** As the job ad writes it. */
  label: string;
}

export interface JobProfile {
  requirements: Requirement[];
  yearsRequired: number | null;
}

/** A CV as the scorer reads it: injections stripped, protected attributes taken out. */
export interface PreparedCv {
  id: string;
  text: string;
  /** Counts per criterion of what was taken out (never the values). */
  redacted: Record<string, number>;
  /** Injection findings on the original text, target = the CV id. */
  injections: Finding[];
}

export interface Assessment {
  id: string;
  matched: Requirement[];
  missing: Requirement[];
  /** Matched share of the job's requirements; null when the job names none the lexicon knows. */
  coverage: number | null;
  yearsStated: number | null;
  yearsRequired: number | null;
  /** Cosine similarity of the job's and the redacted CV's embeddings. */
  similarity: number;
}

export const RECOMMENDATIONS = ["advance", "reject"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

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
