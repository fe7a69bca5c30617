import { z } from "zod";

export const AdWritingInput = z.object({
  brief: z
    .string()
    .trim()
    .min(1, "the brief is empty")
    .max(20_000, "the brief is longer than 20,000 characters"),
});
export type AdWritingInput = z.infer<typeof AdWritingInput>;
