// What a released ad-writing run hands over (besides the disclosure the supervisor adds): the one source of
// the output's type, of its OpenAPI schema and of what a reviewer's correction may hold.
import { z } from "zod";
import { Finding } from "../../core/contract.js";

export const AdOutput = z.object({
  /** The ROME title with its "H/F". */
  title: z.string(),
  text: z.string(),
  /** What the brief asked for that the law forbids, and what the writer did with each (for the run's answer). */
  briefFindings: z.array(Finding).optional(),
  briefActions: z.array(z.enum(["removed", "rewritten"])).optional(),
});
export type AdOutput = z.infer<typeof AdOutput>;
