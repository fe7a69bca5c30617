// Documents shared by this folder's tests (and the workflow's): the project's sample set.
import { readFileSync } from "node:fs";
import { fromRoot } from "../../../core/paths.js";
import type { DocumentInput } from "../types.js";

export const SAMPLE_DOCUMENTS: DocumentInput[] = (
  JSON.parse(readFileSync(fromRoot("samples", "document-check.json"), "utf8")) as {
    documents: DocumentInput[];
  }
).documents;

export function sampleDocument(id: string): DocumentInput {
  const found = SAMPLE_DOCUMENTS.find((d) => d.id === id);
  if (!found) throw new Error(`no sample document ${id}`);
  return found;
}
