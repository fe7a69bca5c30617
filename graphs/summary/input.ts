import { z } from "zod";

export const SummaryInput = z.object({
  sources: z
    .array(
      z
        .string()
        .trim()
        .min(1, "the source is empty")
        .max(50_000, "the source is longer than 50,000 characters"),
    )
    .min(1, "at least one source (interview notes or a CV) is needed")
    .max(10, "at most 10 sources per run"),
});
