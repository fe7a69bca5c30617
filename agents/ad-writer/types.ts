import type { Finding } from "../../core/contract.js";
import type { ModelCallSink } from "../../core/models.js";

export interface AdDraft {
  title: string;
  /** The full ad as published, title line included. */
  text: string;
  /** Units of the brief the writer left out, and why (for the trace). */
  left?: string[];
  /** For each brief finding of the request, in order: what the ad did with it. */
  briefActions?: Array<"removed" | "rewritten">;
}

export interface AdWriteRequest {
  brief: string;
  /** Findings on every earlier draft: the rewrite must not bring back anything they point at. */
  feedback: Finding[];
  /** What the brief itself asks for that the law forbids (spans in the brief): never written into the ad. */
  briefFindings?: Finding[];
  previous: AdDraft | null;
  sink?: ModelCallSink;
}

export interface AdWriter {
  readonly offline: boolean;
  write(request: AdWriteRequest): Promise<AdDraft>;
}
