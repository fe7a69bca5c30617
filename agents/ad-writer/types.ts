import type { Finding } from "../../core/contract.js";
import type { ModelCallSink } from "../../core/models.js";

export interface AdDraft {
  title: string;
  /** The full ad as published, title line included. */
  text: string;
}

export interface AdWriteRequest {
  brief: string;
  /** Findings on every earlier draft: the rewrite must not bring back anything they point at. */
  feedback: Finding[];
  previous: AdDraft | null;
  sink?: ModelCallSink;
}

export interface AdWriter {
  readonly offline: boolean;
  write(request: AdWriteRequest): Promise<AdDraft>;
}
