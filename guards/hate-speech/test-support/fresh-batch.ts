// Reads a fresh functional batch (heldout-fr.jsonl, heldout-en.jsonl): our own cases organised by HateCheck
// family and register, split once, before any change, into a dev half (tuned on) and a held-out half (never
// looked at while tuning).
import { readFileSync } from "node:fs";
import { z } from "zod";

const FreshRow = z.object({
  id: z.string(),
  lang: z.enum(["fr", "en"]),
  functionality: z.string(),
  hateful: z.boolean(),
  register: z.enum(["social", "interview_note", "job_ad", "reviewer_note"]),
  split: z.enum(["dev", "heldout"]),
  text: z.string().min(1),
});
export type FreshRow = z.infer<typeof FreshRow>;

export function loadFreshBatch(path: string): FreshRow[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => FreshRow.parse(JSON.parse(line)));
}
