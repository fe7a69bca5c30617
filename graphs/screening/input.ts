import { z } from "zod";
import { SelfDeclared } from "../../core/audit-categories.js";

export const MAX_CVS = 200;
export const MAX_CV_CHARS = 50_000;
export const MAX_JOB_CHARS = 20_000;
/** All CV texts together: bounds one run's memory and embedding cost. */
export const MAX_TOTAL_CV_CHARS = 2_000_000;

export const ScreeningCvInput = z.object({
  id: z.string().trim().min(1, "the id is empty").max(200, "the id is longer than 200 characters"),
  text: z
    .string()
    .trim()
    .min(1, "the text is empty")
    .max(MAX_CV_CHARS, `the text is longer than ${MAX_CV_CHARS.toLocaleString("en")} characters`),
  /** Self-declared, optional; read only by the adverse-impact audit, never by the scorer. */
  group: z
    .string()
    .trim()
    .min(1, "the group is empty")
    .max(100, "the group is longer than 100 characters")
    .optional(),
  /**
   * Self-declared categories for the LL144 bias audit (core/audit-categories.ts), optional. The screener
   * drops them with `group` before reading the CV; they are copied to screening_outcomes for the audit.
   */
  selfDeclared: SelfDeclared.optional(),
});
export type ScreeningCvInput = z.infer<typeof ScreeningCvInput>;

export const ScreeningInput = z.object({
  job: z
    .string()
    .trim()
    .min(1, "the job is empty")
    .max(MAX_JOB_CHARS, `the job is longer than ${MAX_JOB_CHARS.toLocaleString("en")} characters`),
  cvs: z
    .array(ScreeningCvInput)
    .min(1, "at least one CV is needed")
    .max(MAX_CVS, `at most ${MAX_CVS} CVs per run`)
    .superRefine((cvs, ctx) => {
      const seen = new Set<string>();
      cvs.forEach((cv, i) => {
        if (seen.has(cv.id))
          ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate id ${cv.id}` });
        seen.add(cv.id);
      });
      const total = cvs.reduce((sum, cv) => sum + cv.text.length, 0);
      if (total > MAX_TOTAL_CV_CHARS)
        ctx.addIssue({
          code: "custom",
          path: [],
          message: `the CVs hold ${total} characters, more than ${MAX_TOTAL_CV_CHARS.toLocaleString("en")} in all`,
        });
    }),
});
export type ScreeningInput = z.infer<typeof ScreeningInput>;
