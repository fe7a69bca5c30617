import { z } from "zod";

const MAX_DOCUMENTS = 20;

export const DocumentCheckInput = z.object({
  documents: z
    .array(
      z.object({
        id: z.string().trim().min(1, "the id is empty").max(200, "the id is longer than 200 characters"),
        text: z
          .string()
          .trim()
          .min(1, "the text is empty")
          .max(50_000, "the text is longer than 50,000 characters"),
      }),
    )
    .min(1, "at least one document is needed")
    .max(MAX_DOCUMENTS, `at most ${MAX_DOCUMENTS} documents per run`)
    .superRefine((documents, ctx) => {
      const seen = new Set<string>();
      documents.forEach((d, i) => {
        if (seen.has(d.id))
          ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate id ${d.id}` });
        seen.add(d.id);
      });
    }),
});
