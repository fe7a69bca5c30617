// Which kind of document this is, from the words on it. Each cue carries a weight; a cue on the first
// lines (the document's own heading) counts double, because a payslip may quote a contract and a contract
// may quote a salary.
import type { DocumentType, Span } from "./types.js";

interface Cue {
  type: Exclude<DocumentType, "other">;
  pattern: RegExp;
  weight: number;
}

const CUES: Cue[] = [
  { type: "attestation_employeur", pattern: /attestation\s+(?:d['’]\s*)?employeur/giu, weight: 5 },
  { type: "attestation_employeur", pattern: /\battest(?:e|ons)\s+que\b/giu, weight: 2 },
  { type: "attestation_employeur", pattern: /\battestation(?:\s+d['’]\s*emploi)?\b/giu, weight: 2 },
  { type: "attestation_employeur", pattern: /\best\s+(?:employée?|salariée?)\b/giu, weight: 1 },
  // English letters: "Employment verification", "confirms that Ms X has been employed … since".
  {
    type: "attestation_employeur",
    pattern: /employment\s+verification|to\s+whom\s+it\s+may\s+concern/giu,
    weight: 3,
  },
  {
    type: "attestation_employeur",
    pattern: /\b(?:has|have)\s+been\s+employed\b|\bis\s+employed\b/giu,
    weight: 2,
  },
  { type: "bulletin_de_salaire", pattern: /bulletin\s+de\s+(?:salaire|paie|paye)/giu, weight: 5 },
  { type: "bulletin_de_salaire", pattern: /\bnet\s+(?:à|a)\s+payer\b/giu, weight: 3 },
  { type: "bulletin_de_salaire", pattern: /\bpay\s?slip\b|\bpay\s+stub\b|\bsalary\s+slip\b/giu, weight: 5 },
  { type: "bulletin_de_salaire", pattern: /\bgross\s+pay\b|\bnet\s+pay\b|\bpay\s+period\b/giu, weight: 2 },
  {
    type: "bulletin_de_salaire",
    pattern: /\bnet\s+imposable\b|\bcotisations?\s+salariales?\b/giu,
    weight: 2,
  },
  { type: "certificat_de_travail", pattern: /certificat\s+de\s+travail/giu, weight: 5 },
  { type: "certificat_de_travail", pattern: /\bcertifi(?:e|ons)\s+(?:que|avoir\s+employ)/giu, weight: 2 },
  { type: "certificat_de_travail", pattern: /\blibre\s+de\s+tout\s+engagement\b/giu, weight: 2 },
  {
    type: "certificat_de_travail",
    pattern: /certificate\s+of\s+employment|employment\s+certificate/giu,
    weight: 5,
  },
  { type: "certificat_de_travail", pattern: /\bwas\s+employed\b|free\s+of\s+any\s+commitment/giu, weight: 2 },
  { type: "contrat_de_travail", pattern: /contrat\s+de\s+travail/giu, weight: 4 },
  {
    type: "contrat_de_travail",
    pattern: /contrat\s+(?:à|a)\s+dur[ée]e\s+(?:in)?d[ée]termin[ée]e/giu,
    weight: 2,
  },
  { type: "contrat_de_travail", pattern: /employment\s+contract|contract\s+of\s+employment/giu, weight: 4 },
  {
    type: "contrat_de_travail",
    pattern:
      /\bcontract\s+is\s+made\s+between\b|\b(?:permanent|fixed-term)\s+contract\b|\bis\s+hired\s+as\b/giu,
    weight: 2,
  },
  {
    type: "contrat_de_travail",
    pattern: /\bpériode\s+d['’]\s*essai\b|\bentre\s+les\s+soussignés\b/giu,
    weight: 2,
  },
  {
    type: "piece_identite",
    pattern:
      /carte\s+nationale\s+d['’]\s*identit[ée]|\bpasseport\b|\bpassport\b|pi[èe]ce\s+d['’]\s*identit[ée]|\bidentity\s+card\b/giu,
    weight: 5,
  },
  { type: "titre_de_sejour", pattern: /titre\s+de\s+séjour|carte\s+de\s+(?:séjour|résident)/giu, weight: 6 },
  {
    type: "titre_de_sejour",
    pattern: /autoris\w*\s+(?:son\s+titulaire\s+)?(?:à\s+)?travailler/giu,
    weight: 2,
  },
  { type: "diplome", pattern: /\bdiplôme\b|\bdiplome\b/giu, weight: 3 },
  {
    type: "diplome",
    pattern: /\btitre\s+professionnel\b|\bhas\s+been\s+awarded\b|\bconferred\b|\bthe\s+degree\s+of\b/giu,
    weight: 3,
  },
  {
    type: "diplome",
    pattern:
      /certificat\s+d['’]\s*aptitude\s+professionnelle|\bbaccalauréat\b|brevet\s+de\s+technicien\s+supérieur|\b(?:licence|master)\s+(?:professionnelle\s+)?(?:mention|en|de)\b|\bRNCP\b/giu,
    weight: 3,
  },
  {
    type: "diplome",
    pattern: /\bdécern[ée](?!\p{L})|\bsession\s+(?:de\s+)?\d{4}\b|\bniveau\s+\d\b/giu,
    weight: 1,
  },

  // A bill proves an address only with an address or a utility's wording: a baker's invoice does not.
  {
    type: "justificatif_domicile",
    pattern:
      /justificatif\s+de\s+domicile|quittance\s+de\s+loyer|attestation\s+d['’]\s*h[ée]bergement|facture\s+d['’]\s*(?:[ée]lectricit[ée]|eau|gaz|[ée]nergie)|adresse\s+(?:de\s+consommation|d['’]\s*installation|de\s+facturation)/giu,
    weight: 3,
  },
  { type: "justificatif_domicile", pattern: /\bfacture\b|titulaire\s+du\s+contrat/giu, weight: 1 },
  { type: "rib", pattern: /relev[ée]\s+d['’]\s*identit[ée]\s+bancaire|\bRIB\b/gu, weight: 5 },
  { type: "rib", pattern: /\bIBAN\b|\bBIC\b|titulaire\s+du\s+compte/gu, weight: 2 },
  { type: "rib", pattern: /\bbank\s+details\b|\baccount\s+holder\b/giu, weight: 3 },
];

const HEADING_LINES = 3;

export interface Classification {
  type: DocumentType;
  cues: Span[];
}

export function classifyDocument(text: string): Classification {
  const headingEnd = text.split("\n").slice(0, HEADING_LINES).join("\n").length;
  const scores = new Map<DocumentType, { score: number; cues: Span[] }>();
  for (const cue of CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      const entry = scores.get(cue.type) ?? { score: 0, cues: [] };
      entry.score += m.index < headingEnd ? cue.weight * 2 : cue.weight;
      entry.cues.push({ text: m[0], start: m.index, end: m.index + m[0].length });
      scores.set(cue.type, entry);
    }
  }
  let best: { type: DocumentType; score: number; cues: Span[] } = { type: "other", score: 0, cues: [] };
  for (const [type, entry] of scores) if (entry.score > best.score) best = { type, ...entry };
  // A lone weak cue ("niveau 3", "est employé") is not enough to call a document anything.
  if (best.score < 3) return { type: "other", cues: [] };
  return { type: best.type, cues: best.cues.sort((a, b) => a.start - b.start) };
}
