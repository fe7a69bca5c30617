// Scores the screener on the worker-quality cases: requirements read (precision, recall, alternatives
// kept), requirements met per CV, years of experience, rationales that name what matched and what is
// missing, and which CV comes first. The screener's agent layer is called as the screening graph calls it.

import { cosine } from "../../agents/models/vectors.js";
import {
  analyseJob,
  assess,
  createRationaleWriter,
  prepareCv,
  type Requirement,
  rank,
  type ScoredCv,
} from "../../agents/screener/index.js";
import type { ModelEngine } from "../../core/models.js";
import { type ScreeningCase, type Split, SUITE_NOW, screeningCases } from "./cases.js";
import { alignRequirements, type ReadRequirement } from "./requirement-match.js";
import { ratio, type WorkerScore } from "./score-types.js";

export interface ScreenedCv {
  id: string;
  matched: ReadRequirement[];
  years: number | null;
  rationale: string;
  rank: number;
}

export interface Screened {
  requirements: ReadRequirement[];
  cvs: ScreenedCv[];
}

/** One job through the screener's agent layer, with the suite's clock as today. */
export async function screen(c: ScreeningCase, engine: ModelEngine, now: Date): Promise<Screened> {
  const prepared = c.cvs.map((cv) => prepareCv({ id: cv.id, text: cv.text }, now));
  const profile = analyseJob(c.job);
  const [jobVector, ...cvVectors] = await engine.embed([c.job, ...prepared.map((p) => p.text)]);
  const ranking: ScoredCv[] = rank(
    prepared.map((cv, i) =>
      assess(profile, cv, jobVector && cvVectors[i] ? cosine(jobVector, cvVectors[i]) : 0),
    ),
  );
  const writer = createRationaleWriter(engine);
  const cvs: ScreenedCv[] = [];
  for (const scored of ranking) {
    const cv = prepared.find((p) => p.id === scored.id);
    if (!cv) continue;
    const rationale = await writer.write({ job: c.job, cv, scored, avoid: [] });
    cvs.push({
      id: scored.id,
      matched: scored.matched.map(readOf),
      years: scored.yearsStated,
      rationale,
      rank: scored.rank,
    });
  }
  return { requirements: profile.requirements.map(readOf), cvs };
}

function readOf(r: Requirement): ReadRequirement {
  return {
    text: r.label,
    kind: r.kind,
    ...(r.options.length > 1 ? { options: r.options.map((o) => o.text) } : {}),
  };
}

const YEARS_TOLERANCE = 1;

export interface ScreeningDetail {
  id: string;
  extra: string[];
  missed: string[];
  cvErrors: string[];
}

export async function scoreScreening(
  split: Split,
  engine: ModelEngine,
): Promise<{ score: WorkerScore; details: ScreeningDetail[] }> {
  let read = 0;
  let expected = 0;
  let correct = 0;
  let recalled = 0;
  let metTrue = 0;
  let metSaid = 0;
  let metExpected = 0;
  let yearsRight = 0;
  let cvCount = 0;
  let namedRight = 0;
  let bestFirst = 0;
  const details: ScreeningDetail[] = [];
  const cases = screeningCases(split);
  for (const c of cases) {
    const out = await screen(c, engine, SUITE_NOW);
    const alignment = alignRequirements(out.requirements, c.requirements);
    read += out.requirements.length;
    expected += c.requirements.length;
    correct += alignment.correct;
    recalled += alignment.recalled;
    const detail: ScreeningDetail = {
      id: c.id,
      extra: out.requirements.filter((_, i) => alignment.readToExpected[i] === -1).map((r) => r.text),
      missed: c.requirements.filter((_, j) => !alignment.readToExpected.includes(j)).map((r) => r.text),
      cvErrors: [],
    };
    const expectedOf = (r: ReadRequirement) => {
      const k = out.requirements.findIndex((x) => x.text === r.text);
      const j = k >= 0 ? alignment.readToExpected[k] : -1;
      return j !== undefined && j >= 0 ? c.requirements[j]?.text : undefined;
    };
    for (const cv of c.cvs) {
      cvCount++;
      const got = out.cvs.find((x) => x.id === cv.id);
      if (!got) continue;
      const said = got.matched.map(expectedOf);
      metSaid += said.length;
      metExpected += cv.matched.length;
      const right = said.filter((t): t is string => t !== undefined && cv.matched.includes(t));
      metTrue += new Set(right).size;
      const wrong = got.matched.filter((_, i) => !right.includes(said[i] ?? "\u0000")).map((r) => r.text);
      const lacking = cv.matched.filter((t) => !right.includes(t));
      if (wrong.length || lacking.length)
        detail.cvErrors.push(
          `${cv.id}: matched wrongly [${wrong.join(" | ")}], missed [${lacking.join(" | ")}]`,
        );
      if (got.years !== null && Math.abs(got.years - cv.years) <= YEARS_TOLERANCE) yearsRight++;
      else detail.cvErrors.push(`${cv.id}: years ${got.years} ≠ ${cv.years}`);
      if (got.matched.every((r) => got.rationale.includes(r.text))) namedRight++;
    }
    const best = [...c.cvs].sort((a, b) => b.matched.length - a.matched.length)[0];
    if (best && out.cvs.find((x) => x.id === best.id)?.rank === 1) bestFirst++;
    details.push(detail);
  }
  return {
    score: {
      worker: "screening",
      split,
      cases: cases.length,
      metrics: {
        "requirements precision": ratio(correct, read),
        "requirements recall": ratio(recalled, expected),
        "met precision": ratio(metTrue, metSaid),
        "met recall": ratio(metTrue, metExpected),
        "years within 1": ratio(yearsRight, cvCount),
        "rationale names every match": ratio(namedRight, cvCount),
        "best CV first": ratio(bestFirst, cases.length),
      },
    },
    details,
  };
}
