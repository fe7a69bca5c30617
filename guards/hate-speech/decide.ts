// Turns a sentence reading into a decision: hateful (with the rule it falls under), or why it is not.
import type { Attack, AttackKind, Reading, SentenceReading } from "./analyse.js";
import type { HateCriterion } from "./lexicon-types.js";

export type SentenceOutcome = "hate" | "reported" | "counter" | "negated" | "no_target" | "no_attack";

/** The offence a hateful sentence amounts to, before the public/non-public switch (HS-04). */
export type Offence = "incitement" | "defamation" | "insult";

export interface Hit {
  sentence: SentenceReading;
  outcome: SentenceOutcome;
  offence: Offence;
  criteria: HateCriterion[];
  attacks: Attack[];
  /** Original-text span covering the target and the attack. */
  s: number;
  e: number;
  /** True when the rules alone are not conclusive (implicit attack, inherited target, reported speech). */
  weak: boolean;
}

const INCITEMENT = new Set<AttackKind>(["threat", "exclusion"]);
// Attributions of facts or behaviour ("are criminals", "sont dangereux") read as defamation; the rest as insult.
const DEFAMING_WORDS =
  /^(criminal|criminals|rapists|terrorists|thieves|liars|dishonest|lazy|violent|dangerous|threat|menace|burden|ruin|destroy|invad|criminel|delinquant|violeur|terroriste|voleur|menteur|malhonnete|faineant|paresseu|dangereu|fardeau|envahi|detrui|violent|cruel)/;
const WEAK_KINDS = new Set<AttackKind>(["implicit", "profanity", "deniedWorth"]);

export function outcomeOf(s: SentenceReading): SentenceOutcome {
  if (s.targets.length === 0) return "no_target";
  if (s.attacks.length === 0) return s.negatedAttacks.length > 0 ? "negated" : "no_attack";
  if (s.denied || (s.condemned && (s.reported || s.secondPerson || s.aboutHate))) return "counter";
  if (s.reported) return "reported";
  return "hate";
}

function offenceOf(attacks: readonly Attack[], reading: Reading): Offence {
  if (attacks.some((a) => INCITEMENT.has(a.kind))) return "incitement";
  const defames = attacks.some(
    (a) => a.kind === "derog" && DEFAMING_WORDS.test(reading.words[a.match.i]?.norm ?? ""),
  );
  return defames ? "defamation" : "insult";
}

export function decide(reading: Reading): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of reading.sentences) {
    const outcome = outcomeOf(sentence);
    if (outcome === "no_target" || outcome === "no_attack") continue;
    const attacks = outcome === "negated" ? sentence.negatedAttacks : sentence.attacks;
    const ranges = [...sentence.targets.map((t) => t.match), ...attacks.map((a) => a.match)];
    const first = Math.min(...ranges.map((m) => m.i));
    const last = Math.max(...ranges.map((m) => m.j)) - 1;
    const criteria = [...new Set(sentence.targets.map((t) => t.criterion))].sort();
    const weak =
      sentence.targets.every((t) => t.inherited || t.inferred === true) ||
      attacks.every((a) => WEAK_KINDS.has(a.kind)) ||
      outcome === "reported";
    hits.push({
      sentence,
      outcome,
      offence: offenceOf(attacks, reading),
      criteria,
      attacks,
      s: reading.words[first]!.s,
      e: reading.words[last]!.e,
      weak,
    });
  }
  return hits;
}
