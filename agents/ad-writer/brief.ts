// Reading a recruiter's brief into sentences and clauses, the units the offline writer arranges and, on a
// revision, leaves out. Pure text functions so that the offline ad is explainable line by line.

/** Sentences of the brief, trimmed, without their final punctuation. */
export function sentencesOf(brief: string): string[] {
  return brief
    .replace(/\r/g, "")
    .split(/(?<=[.!?;])\s+|\n+/u)
    .map((s) =>
      s
        .trim()
        .replace(/^[-•*]\s*/u, "")
        .replace(/[.;!?]+$/u, "")
        .trim(),
    )
    .filter((s) => s.length > 0);
}

// "en" ends a title only before a contract word: "vendeur en boulangerie" is one title, "vendeur en CDI" is not.
const JOB_TITLE =
  /\b(?:recrut\p{L}*|recherch\p{L}*|cherch\p{L}*|embauch\p{L}*)\s+(?:(?:une|un\(e\)|un·e|un|des)\s+|d['’]\s*)?(.+?)(?=\s+(?:à|au|en\s+(?:CDI|CDD|alternance|intérim|interim|stage|contrat|temps|télétravail|freelance)|pour|sur|dans|basée?s?|afin|qui|de\s+\d|H\/F)(?![\p{L}\d])|[,.;:(\n]|$)/iu;
const TITLE_LABEL = /^(?:poste|intitulé|job|titre)\s*:\s*(.+)$/iu;

/** The job title the brief names, if it names one. */
export function titleOf(brief: string): string | undefined {
  for (const sentence of sentencesOf(brief)) {
    const labelled = TITLE_LABEL.exec(sentence)?.[1];
    if (labelled) return labelled.trim();
  }
  const found = JOB_TITLE.exec(brief)?.[1]?.trim();
  if (!found || found.length > 80) return undefined;
  // "Recherche JH pour manutention": a sex or age marker is not a job title; the activity after "pour" is.
  const marker = ONE_PERSON_MARKER.exec(found);
  if (!marker) return found;
  const rest = found.slice(marker[0].length).trim() || FOR_ACTIVITY.exec(brief)?.[1]?.trim();
  return rest && rest.length >= 3 ? rest : undefined;
}

const ONE_PERSON_MARKER =
  /^(?:JH|JF|H|F|jeunes? (?:hommes?|femmes?|filles?|gens)|hommes?|femmes?|jeunes?)\b\s*(?:\(e\)|\(H\/F\))?/iu;
const FOR_ACTIVITY =
  /\bpour (?:(?:la|le|les|l['’]|du|des|de la)\s*)?([^,.;:\n]{3,60}?)(?=\s+(?:à|au|en|sur|dans)\s|[,.;:\n]|$)/iu;

/**
 * Removes the offending evidence from a sentence: the whole sentence when the evidence is most of it or sits
 * in its subordinate clause, otherwise the clause that holds it. Returns "" when nothing worth keeping is left.
 */
export function withoutEvidence(sentence: string, evidence: string): string {
  const at = sentence.toLocaleLowerCase("fr").indexOf(evidence.toLocaleLowerCase("fr"));
  if (at < 0) return sentence;
  const clauses = sentence.split(/,\s*/u);
  let offset = 0;
  const kept: string[] = [];
  for (const clause of clauses) {
    const start = offset;
    offset += clause.length + 2;
    const overlaps = at < start + clause.length && at + evidence.length > start;
    if (!overlaps) kept.push(clause);
    else if (kept.length === 0 && clause.length - evidence.length > 25) {
      // The main clause carries the job itself: cut only the evidence out of it.
      // An article left before the cut would dangle ("recrutons une pour l'accueil").
      const before = clause.slice(0, at - start).replace(/\b(?:un|une|des|le|la|les|a|an|the)\s*$/iu, "");
      kept.push(tidy(before + clause.slice(at - start + evidence.length)));
    }
  }
  const result = tidy(kept.join(", "));
  return result.split(/\s+/u).length < 3 ? "" : result;
}

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:])/gu, "$1")
    .replace(/\b(?:de|des|entre|âgée?s?|âgé\(e\)s?)\s*$/iu, "")
    .replace(/\s{2,}/gu, " ")
    .replace(/^[,;:\s]+|[,;:\s]+$/gu, "")
    .trim();
}
