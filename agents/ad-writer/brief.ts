// Reading where a recruiter's brief names its job ("Poste : …", "nous recrutons un …"). Pure text functions
// so that the offline ad is explainable line by line.

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
