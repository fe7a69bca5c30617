// Every reason a guard writes in a finding's "why" (Finding.explanation), by code. A guard never writes a
// reason as a literal: it calls `reason(code, params)`, which writes the text below (so the contract's
// `explanation` keeps its words for callers of the API and the CLI). The reviewers' pages render the same
// code in the reader's language from the catalogue (server/i18n/areas/reasons.ts), whose type requires a
// French and an English rendering of every code: a new reason without them does not compile.
//
// Holes: `{x}`, `{y}` are the guard's evidence (quoted text, kept as written); a hole named after a labelled
// set (`{criterion}`, `{kind}`, `{frame}`, `{practice}`) holds a code the page shows by its label.

/** Reasons the guards write in English. */
export const WRITTEN_EN = {
  // Discrimination (guards/discrimination/context.ts): why a criterion word is, or is not, a demand.
  "discrimination.equalOpportunity": "equal-opportunity or non-use statement («{x}») in the sentence",
  "discrimination.refused": "a discriminatory demand reported as refused («{x}»)",
  "discrimination.accommodation": "an accommodation is arranged («{x}»), nobody is turned down",
  "discrimination.lawfulFrame": "{frame} («{x}»), not a demand",
  "discrimination.inclusion": "inclusion statement («{x}») in the sentence",
  "discrimination.beneficiary": "describes the people served («{x}…»), not the candidate",
  "discrimination.claimed": "lawful exception claimed ({frame}: «{x}»): the judge or a person checks it",
  "discrimination.jobReason": "a job-related reason («{x}») is given with the criterion",
  "discrimination.question": "question about the criterion put to the candidate",
  "discrimination.rejectionNote": "the criterion is cited in a note that turns someone down («{x}»)",
  "discrimination.rationale": "the criterion is cited in a screening rationale",
  "discrimination.summary": "a personal characteristic unrelated to the job appears in a summary",
  "discrimination.explicit": "wording that is a demand by itself",
  "discrimination.marker": "requirement or exclusion marker «{x}» in the same sentence",
  "discrimination.bareWord": "criterion word with no requirement, question or exclusion around it",
  "discrimination.feminineWithHF": "title «{x}» only in the feminine, although (H/F) follows",
  "discrimination.selfIdentification":
    "a voluntary self-identification kept apart from selection («{x}»), lawful in this jurisdiction",
  "discrimination.advanced": "the person is moved forward («{x}»), the trait is not held against them",
  "discrimination.titleClaimed": "title «{x}» in one sex, a role's exception claimed",
  "discrimination.feminineOnly":
    "title «{x}» only in the feminine, with no (H/F) and no masculine form: a one-sex offer",
  // Cultural (guards/cultural/detector.ts): a practice of one jurisdiction named or asked in another.
  "cultural.practiceNamed": "{practice} «{x}»: practice named in the text",
  "cultural.requested": "{practice} «{x}» requested from the candidate",
  "cultural.selfIdNotVoluntary": "demographic self-identification «{x}» not stated as voluntary and separate",
  "cultural.selfIdVoluntary": "EEO-style self-identification of «{x}» (voluntary, kept separate)",
  "cultural.selfId": "EEO-style self-identification of «{x}»",
  // Hate speech (guards/hate-speech/detector.ts): who is targeted, by what.
  "hate.rules": "hate-speech-rules: target {targets} + {attacks}",
  "hate.spelling": "; spelling read as {x}",
  "hate.target": '"{x}" ({criterion})',
  "hate.targetByReference": '"{x}" ({criterion}, by reference)',
  "hate.attack.dehum": 'dehumanising term "{x}"',
  "hate.attack.derog": 'derogatory predicate "{x}"',
  "hate.attack.emotion": 'expressed hatred or disgust "{x}"',
  "hate.attack.threat": 'threat or call to violence "{x}"',
  "hate.attack.exclusion": 'call to exclusion "{x}"',
  "hate.attack.profanity": 'profanity aimed at the group "{x}"',
  "hate.attack.implicit": 'implicit derogation "{x}"',
  "hate.attack.slur": 'slur "{x}"',
  "hate.attack.deniedWorth": 'denial of worth or rights "{x}"',
  // The model judge (guards/judge/judge.ts): its own reasoning follows, in the model's words.
  "judge.said": "judge: {x}",
} as const;

/** Reasons the guards write in French. */
export const WRITTEN_FR = {
  // guards/unsure.ts: what became of an unsure finding when no judge could decide it.
  "unsure.review": "incertain sans juge : soumis à une personne (politique)",
  "unsure.warn": "incertain sans juge : signalé seulement (politique)",
  // guards/pii/detector.ts
  "pii.found": "pii-detector : {x} dans un texte de type {kind}.",
  // core/recognizers/injection/findings.ts
  "injection.found": "injection-detector : {x} — {y}.",
} as const;

export type WrittenInEnglish = keyof typeof WRITTEN_EN;
export type WrittenInFrench = keyof typeof WRITTEN_FR;
export type ReasonCode = WrittenInEnglish | WrittenInFrench;

/** Every code with the text a guard writes for it. */
export const REASONS: Readonly<Record<ReasonCode, string>> = { ...WRITTEN_EN, ...WRITTEN_FR };

/** The hole names of a reason text, in order. */
export const holesOf = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");

/**
 * The reason `code` as a guard writes it, its holes filled. A missing parameter is a programming error and
 * throws (a finding must never say "{x}").
 */
export function reason(code: ReasonCode, params: Readonly<Record<string, string>> = {}): string {
  return REASONS[code].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`reason ${code}: missing parameter {${name}}`);
    return value;
  });
}
