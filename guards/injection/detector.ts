// Instructions hidden in candidate input are never obeyed: every hit blocks, and the workflow removes the
// passage (stripInjections) before any worker reads the document.
import type { Finding } from "../../core/contract.js";
import type { Detector, DetectorResult, GuardInput } from "../types.js";
import { findInjections } from "./detect.js";
import type { InjectionRule } from "./patterns.js";

const LEGAL_BASIS = ["AI Act art. 15 (robustesse, cybersécurité)", "RGPD art. 32"];

const TITLES: Record<InjectionRule, string> = {
  "IN-01": "consigne adressée au modèle pour remplacer ses instructions",
  "IN-02": "tentative de manipuler le classement ou la note",
  "IN-03": "balise de rôle, texte caché ou obfuscation",
};

export function detectInjection(input: GuardInput): DetectorResult {
  const findings: Finding[] = findInjections(input.text).map((s) => ({
    guard: "injection",
    rule: s.rule,
    criteria: [],
    severity: "block",
    start: s.start,
    end: s.end,
    evidence: s.evidence,
    legalBasis: [...LEGAL_BASIS],
    suggestion: "Passage exclu du traitement (jamais exécuté) ; signaler le document à un recruteur.",
    explanation: `injection-detector : ${TITLES[s.rule]} — ${s.what}.`,
  }));
  // Obfuscation alone (a stray zero-width space, a mixed-script word) may be a copy-paste accident.
  const onlyObfuscation =
    findings.length > 0 && findings.every((f) => f.rule === "IN-03" && !/[<[|#:]/u.test(f.evidence));
  return {
    findings,
    certainty: onlyObfuscation ? "unsure" : "sure",
    notes: findings.length > 0 ? [`${findings.length} passage(s) visant le modèle`] : [],
  };
}

export const injectionDetector: Detector = {
  guard: "injection",
  name: "injection-detector",
  detect: detectInjection,
};
