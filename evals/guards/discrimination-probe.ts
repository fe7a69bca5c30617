// Probe for the discrimination + cultural guards on fresh, held-out batches: runs runGuards offline
// (JUDGE_MODE=never) on each JSON line of the given files and prints problem recall, the sound texts'
// false-positive rate and criterion accuracy, then every miss with what the guards found.
//   npx tsx evals/guards/discrimination-probe.ts FILE.jsonl [FILE2.jsonl…] [--quiet] [--speed]
//   npx tsx evals/guards/discrimination-probe.ts --split dev|heldout
// --split scores a half of the newest fresh batch (FRESH_SPLITS below): the dev half with every error, the
// held-out half with aggregate figures and per-family error counts only (its cases are never printed).
// --speed also times both detectors on ~1 KB texts joined from the files' cases (p50 and p99, ms).
//
// The batches are guards/discrimination/probes-roundN.jsonl (checked by probes.test.ts). Each was written
// in new wordings and scored BEFORE the detector was generalised for it ("before"); "HEAD" is the
// detector as it was before this work. recall = problem texts flagged (verdict ≠ pass); FP = sound texts
// flagged; crit = flagged problem texts naming an expected criterion.
//   round  problems/sound  HEAD recall/FP/crit   before recall/FP/crit   after
//   1      44/42           81.8/2.4/97.2         81.8/2.4/97.2           100/0/100
//   2      51/46           78.4/4.3/100          80.4/4.3/100            100/0/100
//   3      52/47           73.1/8.5/100          75.0/8.5/100            100/0/100
//   4      51/47           82.4/8.5/100          86.3/6.4/100            100/0/100
//   5      64/52           79.7/1.9/100          82.8/1.9/100            100/0/100
//   6      65/50           86.2/10.0/98.2        89.2/8.0/98.3           100/0/100
//   7      64/48           87.5/6.3/100          89.1/6.3/100            100/0/100
//   8      50/45           76.0/6.7/100          84.0/6.7/95.2           100/0/100
//   9      55/47           74.5/8.5/97.6         78.2/8.5/100            100/0/100
//   10     46/34           87.0/8.8/100          93.5/2.9/100            100/0/100
//   11     42/33           92.9/3.0/97.4         95.2/0.0/97.5           100/0/100
//   12     39/30           79.5/10.0/100         82.1/6.7/96.9           100/0/100 (*)
//   13     44/38           = before              93.2/2.6/95.1           100/0/100
//   14     46/34           (not rerun)           89.1/2.9/95.1           100/0/100
//   15     45/36           (not rerun)           86.7/2.8/97.4           100/0/100
//   16     41/25           (not rerun)           95.1/8.0/97.4           100/0/100
//   17     47/40           (not rerun)           93.6/7.5/95.5           100/0/100
//   18     45/39           (not rerun)           77.8/5.1/91.4           100/0/100
//   19     43/39           (not rerun)           81.4/10.3/85.7          100/0/100
// Pooled "before" (a fair held-out estimate at each step): 84.8 % recall, 5.4 % FP (rounds 9-12: 86.8 %,
// 4.9 %); HEAD on all rounds: 81.5 % recall, 6.5 % FP. The "after" column is fit, not generalisation.
// Rounds 13-15 (class-based vocabulary: age units and decade nouns, body size, pregnancy euphemisms,
// person-only entries for rationales/summaries/questions in lexicon.ts, company history and "must never
// appear" statements in markers.ts): pooled "before" 89.6 % recall, 2.8 % FP, 95.9 % criterion on 13-15;
// round 16, written after the class passes as a held-out check, scored 95.1 % / 8.0 % (2 of 25) / 97.4 %.
// Rounds 17-19 (new registers: terse classifieds, long corporate prose, chat-style and English recruiter
// notes; hard sound cases on HR work with leave, health files and unions): pooled "before" 84.4 % recall,
// 7.6 % FP, 91.2 % criterion. Misses were mostly private-life facts cited in rationales and summaries
// (slang for a man or a woman, contraception, caring for a relative, gait, grooming, psychiatric follow-up,
// housing loss, campaigning, night life), false flags mostly HR work on files and counterparts ("dossiers
// d'invalidité", "réunions avec les délégués syndicaux") and people or places served.
// test-support/check-after-round19.jsonl (20 problems / 20 sound, new wordings) was scored after round 19's
// fixes as a held-out check: 95.0 % recall, 5.0 % FP, 84.2 % criterion (stuttering named health, not
// disability; a relative's myopathy as health, not heredity; "il sort avec un homme" as sex), then fixed.
// test-support/vocabulary-sound.jsonl (31 sound look-alikes: "balance âgée", "greffe du tribunal") is a
// regression set written after round 15, not a score; vs-033..048 were added after round 19 for the new
// classes ("pieux de fondation", "conseil sur la contraception", "chargée de clientèle dans une banque en
// ligne", "structure trop petite", "journaliste politique").
// (*) two ads with a statutory minimum age ("18 ans pour la vente d'alcool") were first labelled sound;
// the catalogue sends them to review (AD-04 al. 2, AD-04b), so they were relabelled "flag" after scoring.
import type { Criterion } from "../../core/contract.js";
import { detectCultural } from "../../guards/cultural/detector.js";
import { detectDiscrimination } from "../../guards/discrimination/detector.js";
import { type Case, checkCase, readCases, seriousCriteria } from "./discrimination.js";

export { readCases };

export interface ProbeResult {
  case: Case;
  verdict: string;
  flagged: boolean;
  criteria: Criterion[];
  evidence: string[];
  /** The discrimination or cultural detector put the text in its unsure band (the judge would decide it). */
  unsure: boolean;
}

export async function probe(cases: readonly Case[]): Promise<ProbeResult[]> {
  const out: ProbeResult[] = [];
  for (const c of cases) {
    const report = await checkCase(c);
    out.push({
      case: c,
      verdict: report.verdict,
      flagged: report.verdict !== "pass",
      criteria: seriousCriteria(report),
      unsure: report.outcomes.some((o) => o.certainty === "unsure"),
      evidence: report.findings.map(
        (f) => `${f.rule}/${f.severity}:«${f.evidence}»[${f.criteria.join(",")}]`,
      ),
    });
  }
  return out;
}

export interface ProbeScore {
  problems: number;
  sound: number;
  recall: number;
  falsePositiveRate: number;
  criterionAccuracy: number;
  /** Share of texts in the unsure band, and share of the offline errors (wrong flag or pass) inside it. */
  unsureShare: number;
  errorsInBand: number;
}

export function score(results: readonly ProbeResult[]): ProbeScore {
  const problems = results.filter((r) => r.case.expected === "flag");
  const sound = results.filter((r) => r.case.expected === "pass");
  const flagged = problems.filter((r) => r.flagged);
  const named = flagged.filter(
    (r) => r.case.criteria.length === 0 || r.criteria.some((c) => r.case.criteria.includes(c)),
  );
  const ratio = (a: number, b: number) => Math.round((1000 * a) / Math.max(1, b)) / 1000;
  const errors = results.filter((r) => r.flagged !== (r.case.expected === "flag"));
  return {
    problems: problems.length,
    sound: sound.length,
    recall: ratio(flagged.length, problems.length),
    falsePositiveRate: ratio(sound.filter((r) => r.flagged).length, sound.length),
    criterionAccuracy: ratio(named.length, flagged.length),
    unsureShare: ratio(results.filter((r) => r.unsure).length, results.length),
    errorsInBand: ratio(errors.filter((r) => r.unsure).length, errors.length),
  };
}

/** p50 and p99 latency (ms) of the discrimination + cultural detectors on ~1 KB texts. */
export function speed(cases: readonly Case[], kinds: readonly Case["kind"][]): { p50: number; p99: number } {
  const texts: string[] = [];
  let current = "";
  for (let round = 0; texts.length < 300 && round < 50; round++)
    for (const c of cases) {
      current = current ? `${current} ${c.text}` : c.text;
      if (current.length >= 1024) {
        texts.push(current.slice(0, 1024));
        current = "";
      }
    }
  const times: number[] = [];
  for (let i = 0; i < texts.length * 3; i++) {
    const text = texts[i % texts.length] ?? "";
    const kind = kinds[i % kinds.length] ?? "job_ad";
    const started = performance.now();
    detectDiscrimination({ text, kind, jurisdiction: "FR" });
    detectCultural({ text, kind, jurisdiction: "FR" });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(1000 * (times[Math.floor(q * (times.length - 1))] ?? 0)) / 1000;
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * The newest fresh batch (2026-12b, 214 recruiting texts written before any change for it, split by family
 * into two halves with a seeded shuffle before the first scoring): the dev half is looked at while changing
 * the detector, the held-out half never case by case.
 */
export const FRESH_SPLITS = {
  dev: "guards/discrimination/test-support/dev-2026-12b.jsonl",
  heldout: "guards/discrimination/test-support/heldout-2026-12b.jsonl",
} as const;

/** Errors per family (missed problem texts, flagged lawful ones): what a held-out half may show. */
export function familyErrors(
  results: readonly ProbeResult[],
): Record<string, { texts: number; errors: number }> {
  const out: Record<string, { texts: number; errors: number }> = {};
  for (const r of results) {
    const key = `${r.case.family ?? "-"}:${r.case.expected}`;
    const row = out[key] ?? { texts: 0, errors: 0 };
    row.texts++;
    if (r.flagged !== (r.case.expected === "flag")) row.errors++;
    out[key] = row;
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const splitAt = args.indexOf("--split");
  if (splitAt >= 0) {
    const split = args[splitAt + 1];
    if (split !== "dev" && split !== "heldout") throw new Error("--split takes dev or heldout");
    args.splice(splitAt, 2, FRESH_SPLITS[split]);
    if (split === "heldout") {
      const results = await probe(readCases(FRESH_SPLITS.heldout));
      console.log(`heldout ${JSON.stringify(score(results))}`);
      for (const [family, row] of Object.entries(familyErrors(results)).sort())
        if (row.errors > 0) console.log(`  ${family.padEnd(36)} errors ${row.errors}/${row.texts}`);
      return;
    }
  }
  const quiet = args.includes("--quiet");
  if (args.includes("--speed")) {
    const all = args.filter((a) => !a.startsWith("--")).flatMap(readCases);
    console.log(
      "speed (ms per ~1 KB, both detectors)",
      speed(all, ["job_ad", "interview_questions", "screening_rationale", "candidate_summary"]),
    );
  }
  for (const file of args.filter((a) => !a.startsWith("--"))) {
    const results = await probe(readCases(file));
    console.log(file, JSON.stringify(score(results)));
    if (quiet) continue;
    for (const r of results) {
      const wrongFlag = r.flagged !== (r.case.expected === "flag");
      const wrongCriterion =
        r.flagged &&
        r.case.expected === "flag" &&
        r.case.criteria.length > 0 &&
        !r.criteria.some((c) => r.case.criteria.includes(c));
      if (!wrongFlag && !wrongCriterion) continue;
      const what = wrongFlag ? (r.case.expected === "flag" ? "MISSED" : "FALSE+") : "CRITERION";
      console.log(
        `  ${what} ${r.case.id} [${r.case.kind}; want ${r.case.criteria.join(",") || "-"}] ${r.case.text}\n      -> ${r.verdict} ${r.evidence.join(" ")}`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
