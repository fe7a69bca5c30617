// A model's offsets are not trusted: a finding must point at the exact evidence in the text. Wrong
// offsets are repaired by searching the evidence (nearest occurrence to where the model pointed);
// evidence that is not in the text at all is dropped, since a reviewer could not see it.
import type { JudgeFinding } from "./schema.js";

export interface Located {
  finding: JudgeFinding;
  relocated: boolean;
}

export function locate(text: string, finding: JudgeFinding): Located | undefined {
  const { start, end, evidence } = finding;
  if (start < end && end <= text.length && text.slice(start, end) === evidence)
    return { finding, relocated: false };
  let best = -1;
  for (let at = text.indexOf(evidence); at !== -1; at = text.indexOf(evidence, at + 1))
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  if (best === -1) return undefined;
  return { finding: { ...finding, start: best, end: best + evidence.length }, relocated: true };
}
