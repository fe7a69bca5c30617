// Instructions hidden in candidate input, as findings: every hit blocks. The injection guard reports these
// on a checked text; the screener reports them on a CV it strips before scoring.
import type { Finding } from "../../contract.js";
import { reason } from "../../reasons.js";
import { findInjections } from "./detect.js";
import type { InjectionRule } from "./patterns.js";

const LEGAL_BASIS = ["AI Act art. 15 (robustesse, cybersécurité)", "RGPD art. 32"];

const TITLES: Record<InjectionRule, string> = {
  "IN-01": "consigne adressée au modèle pour remplacer ses instructions",
  "IN-02": "tentative de manipuler le classement ou la note",
  "IN-03": "balise de rôle, texte caché ou obfuscation",
};

export function injectionFindings(text: string): Finding[] {
  return findInjections(text).map((s) => ({
    guard: "injection",
    rule: s.rule,
    criteria: [],
    severity: "block",
    start: s.start,
    end: s.end,
    evidence: s.evidence,
    legalBasis: [...LEGAL_BASIS],
    suggestion: "Passage exclu du traitement (jamais exécuté) ; signaler le document à un recruteur.",
    explanation: reason("injection.found", { x: TITLES[s.rule], y: s.what }),
  }));
}
