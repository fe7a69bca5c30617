// Whether a requirement the worker read is one the recruiter reads: compared on folded, stemmed content
// words (the screener's own normalisation), one for one. A requirement the recruiter reads as alternatives
// ("Cegid ou Sage") counts as read only when the worker kept every option.
import { segments } from "../../agents/screener/text.js";
import type { ExpectedRequirement } from "./cases.js";

export interface ReadRequirement {
  text: string;
  kind?: string;
  options?: string[];
}

export function stems(text: string): Set<string> {
  return new Set(segments(text.replace(/[,/()]/gu, " ")).flatMap((seg) => seg.map((t) => t.key)));
}

function subsetEither(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const inB = [...a].every((x) => b.has(x));
  const inA = [...b].every((x) => a.has(x));
  return inA || inB;
}

const formsOf = (r: { text: string; options?: string[] | undefined }) => [r.text, ...(r.options ?? [])];

/** The same demand: a years demand with a years demand, else some wording of one within the other's. */
export function sameRequirement(read: ReadRequirement, expected: ExpectedRequirement): boolean {
  if (expected.kind === "years" || read.kind === "years") return expected.kind === read.kind;
  return formsOf(read).some((a) => formsOf(expected).some((b) => subsetEither(stems(a), stems(b))));
}

function keepsAlternatives(read: ReadRequirement, expected: ExpectedRequirement): boolean {
  if (!expected.options) return true;
  const readOptions = read.options ?? [read.text];
  return expected.options.every((o) => readOptions.some((r) => subsetEither(stems(r), stems(o))));
}

export interface RequirementAlignment {
  /** Index of the expected requirement each read one stands for, or -1 (a requirement nobody asked for). */
  readToExpected: number[];
  /** Expected requirements read right (alternatives kept). */
  recalled: number;
  /** Read requirements that stand for an expected one, alternatives kept. */
  correct: number;
}

/** Greedy one-for-one alignment, read order first: a second reading of one demand is a false positive. */
export function alignRequirements(
  read: ReadRequirement[],
  expected: ExpectedRequirement[],
): RequirementAlignment {
  const taken = new Set<number>();
  const readToExpected = read.map((r) => {
    const i = expected.findIndex((e, j) => !taken.has(j) && sameRequirement(r, e));
    if (i >= 0) taken.add(i);
    return i;
  });
  let correct = 0;
  readToExpected.forEach((i, k) => {
    const r = read[k];
    const e = i >= 0 ? expected[i] : undefined;
    if (r && e && keepsAlternatives(r, e)) correct++;
  });
  return { readToExpected, recalled: correct, correct };
}
